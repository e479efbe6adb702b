using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WebhookEndpointLeasesAndQuotas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "disabled_at",
                schema: "system",
                table: "webhook_endpoints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "disabled_reason",
                schema: "system",
                table: "webhook_endpoints",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "dropped_deliveries",
                schema: "system",
                table: "webhook_endpoints",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "failing_since",
                schema: "system",
                table: "webhook_endpoints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_dropped_at",
                schema: "system",
                table: "webhook_endpoints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "lease_token",
                schema: "system",
                table: "webhook_endpoints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "leased_until",
                schema: "system",
                table: "webhook_endpoints",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_endpoint_id_next_attempt_at",
                schema: "system",
                table: "webhook_deliveries",
                columns: new[] { "endpoint_id", "next_attempt_at" },
                filter: "status = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_webhook_deliveries_endpoint_id_next_attempt_at",
                schema: "system",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "disabled_at",
                schema: "system",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "disabled_reason",
                schema: "system",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "dropped_deliveries",
                schema: "system",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "failing_since",
                schema: "system",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "last_dropped_at",
                schema: "system",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "lease_token",
                schema: "system",
                table: "webhook_endpoints");

            migrationBuilder.DropColumn(
                name: "leased_until",
                schema: "system",
                table: "webhook_endpoints");
        }
    }
}
