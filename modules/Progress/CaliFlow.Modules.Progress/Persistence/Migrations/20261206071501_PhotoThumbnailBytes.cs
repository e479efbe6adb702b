using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PhotoThumbnailBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "thumbnail_bytes",
                schema: "progress",
                table: "progress_photos",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "thumbnail_bytes",
                schema: "progress",
                table: "progress_photos");
        }
    }
}
