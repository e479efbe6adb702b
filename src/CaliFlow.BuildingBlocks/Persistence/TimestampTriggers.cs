using Microsoft.EntityFrameworkCore.Migrations;

namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>
/// created_at/updated_at are kept by PostgreSQL, so every writer gets them right: EF, ExecuteUpdate, raw SQL, a hand-run fix.
/// Each module schema has its own trigger function (a module's migrations never need another module's), attached BEFORE
/// INSERT OR UPDATE to each of its tables with the two columns: an insert sets both, an update moves updated_at and keeps
/// created_at. The time is clock_timestamp(), when the row is written, not now(), when its transaction began: rows written one
/// after another in one transaction (an offline batch of logs) keep their order, and a stamp is as close to its commit as it
/// can be, which delta sync's settling window relies on.
/// </summary>
public static class TimestampTriggers
{
    /// <summary>The name of the function in each schema and of the trigger on each table.</summary>
    public const string Name = "set_timestamps";

    /// <summary>
    /// Creates (or replaces) the schema's trigger function and attaches it to <paramref name="tables"/>. A migration that adds a
    /// table with the two columns calls this for it; dropping the table drops its trigger.
    /// </summary>
    public static MigrationBuilder AddTimestampTriggers(this MigrationBuilder migrationBuilder, string schema, params string[] tables)
    {
        migrationBuilder.Sql($"""
            CREATE OR REPLACE FUNCTION "{schema}".{Name}() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                stamp timestamptz := clock_timestamp();
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    NEW.created_at := stamp;
                ELSE
                    NEW.created_at := OLD.created_at;
                END IF;
                NEW.updated_at := stamp;
                RETURN NEW;
            END $$;
            """);
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"""
                CREATE OR REPLACE TRIGGER {Name} BEFORE INSERT OR UPDATE ON "{schema}"."{table}"
                    FOR EACH ROW EXECUTE FUNCTION "{schema}".{Name}();
                """);
        }

        return migrationBuilder;
    }

    /// <summary>Detaches the function from <paramref name="tables"/> and drops it: the Down of the migration that created it.</summary>
    public static MigrationBuilder DropTimestampTriggers(this MigrationBuilder migrationBuilder, string schema, params string[] tables)
    {
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"""DROP TRIGGER IF EXISTS {Name} ON "{schema}"."{table}";""");
        }

        migrationBuilder.Sql($"""DROP FUNCTION IF EXISTS "{schema}".{Name}();""");
        return migrationBuilder;
    }
}
