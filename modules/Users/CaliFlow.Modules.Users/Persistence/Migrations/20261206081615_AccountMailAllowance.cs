using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Users.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AccountMailAllowance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "account_mail_window_start",
                schema: "users",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "account_mails_in_window",
                schema: "users",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "account_mail_window_start",
                schema: "users",
                table: "users");

            migrationBuilder.DropColumn(
                name: "account_mails_in_window",
                schema: "users",
                table: "users");
        }
    }
}
