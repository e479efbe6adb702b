using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Persistence;

/// <summary>
/// created_at/updated_at are kept by the set_timestamps trigger on every table that has them, in every module schema, so a new
/// table without it fails here. The check also runs on a scratch schema, where it must name exactly the table left without it.
/// </summary>
public sealed class TimestampTriggerTests(CaliFlowApp app)
{
    /// <summary>Tables with created_at alone: rows the API writes once and dates from its own clock (idempotency keys expire by it).</summary>
    private static readonly string[] CreatedAtOnly = ["system.idempotency_keys", "system.sandbox_webhooks"];

    [Fact]
    public async Task Every_table_with_created_at_and_updated_at_in_every_module_schema_has_the_trigger()
    {
        var schemas = app.Services.GetRequiredService<ModuleCatalog>().Databases.Select(d => d.Schema).ToArray();

        schemas.Length.ShouldBe(8);
        (await TablesWithBothTimestamps(schemas)).Length.ShouldBeGreaterThan(40);
        (await TablesWithoutTrigger(schemas)).ShouldBeEmpty("add it in the table's migration: migrationBuilder.AddTimestampTriggers(schema, table)");
        (await TablesWithCreatedAtOnly(schemas)).ShouldBe(CreatedAtOnly, ignoreOrder: true);
    }

    [Fact]
    public async Task The_check_names_a_table_without_the_trigger_and_the_trigger_sets_both_on_insert_and_only_updated_at_after()
    {
        var schema = $"stamps_{Guid.NewGuid():N}";
        try
        {
            await RunAsync($"CREATE SCHEMA {schema}");
            foreach (var table in new[] { "covered", "forgotten" })
            {
                await RunAsync($"CREATE TABLE {schema}.{table} (id int PRIMARY KEY, note text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)");
            }

            var migration = new MigrationBuilder("Npgsql.EntityFrameworkCore.PostgreSQL");
            migration.AddTimestampTriggers(schema, "covered");
            foreach (var operation in migration.Operations.Cast<SqlOperation>())
            {
                await RunAsync(operation.Sql);
            }

            (await TablesWithoutTrigger([schema])).ShouldBe([$"{schema}.forgotten"]);

            // Whatever a writer sends is overruled: the insert gets the database's time in both, an update keeps created_at.
            await RunAsync($"INSERT INTO {schema}.covered (id, note, created_at, updated_at) VALUES (1, 'first', '2000-01-01Z', '2000-01-01Z')");
            var created = await StampAsync(schema, "created_at");
            (await StampAsync(schema, "updated_at")).ShouldBe(created);
            created.ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-5));

            await RunAsync($"UPDATE {schema}.covered SET note = 'second', created_at = '2000-01-01Z' WHERE id = 1");
            (await StampAsync(schema, "created_at")).ShouldBe(created);
            (await StampAsync(schema, "updated_at")).ShouldBeGreaterThan(created);
        }
        finally
        {
            await RunAsync($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
    }

    private Task<object?> RunAsync(string sql) => app.ScalarAsync<object>(sql);

    private async Task<DateTime> StampAsync(string schema, string column) =>
        await app.ScalarAsync<DateTime>($"SELECT {column} FROM {schema}.covered WHERE id = 1");

    private const string Tables = """
        SELECT array_agg(n.nspname || '.' || c.relname ORDER BY n.nspname, c.relname)
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY($1)
        """;

    private static string Has(string column) =>
        $"EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = '{column}' AND NOT a.attisdropped)";

    private async Task<string[]> TablesWithBothTimestamps(string[] schemas) =>
        await app.ScalarAsync<string[]>($"{Tables} AND {Has("created_at")} AND {Has("updated_at")}", (object)schemas) ?? [];

    private async Task<string[]> TablesWithCreatedAtOnly(string[] schemas) =>
        await app.ScalarAsync<string[]>($"{Tables} AND {Has("created_at")} AND NOT {Has("updated_at")}", (object)schemas) ?? [];

    /// <summary>
    /// Tables with both columns and no enabled row trigger BEFORE INSERT and UPDATE (tgtype bits 1, 2, 4 and 16) running their
    /// own schema's set_timestamps function.
    /// </summary>
    private async Task<string[]> TablesWithoutTrigger(string[] schemas) =>
        await app.ScalarAsync<string[]>($"""
            {Tables} AND {Has("created_at")} AND {Has("updated_at")}
            AND NOT EXISTS (
                SELECT 1 FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid
                WHERE t.tgrelid = c.oid AND NOT t.tgisinternal AND t.tgenabled <> 'D'
                  AND p.proname = '{TimestampTriggers.Name}' AND p.pronamespace = c.relnamespace
                  AND t.tgtype & 23 = 23)
            """, (object)schemas) ?? [];
}
