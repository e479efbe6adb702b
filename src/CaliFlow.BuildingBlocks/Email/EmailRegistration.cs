using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaliFlow.BuildingBlocks.Email;

public static class EmailRegistration
{
    /// <summary>Registers <see cref="IEmailSender"/> as chosen by <c>Email:Provider</c>; a wrong setting stops the start-up.</summary>
    public static IServiceCollection AddCaliFlowEmail(this IServiceCollection services)
    {
        services.AddOptions<EmailOptions>()
            .BindConfiguration("Email")
            .Validate(o => o.UsesFolder || o.UsesSmtp, "Email:Provider must be 'folder' or 'smtp'.")
            .Validate(o => !o.UsesSmtp || !string.IsNullOrWhiteSpace(o.Smtp.Host), "Email:Smtp:Host is required with Email:Provider=smtp.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FolderEmailSender>();
        services.TryAddSingleton<SmtpEmailSender>();
        services.TryAddSingleton<IEmailSender>(provider => provider.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? provider.GetRequiredService<SmtpEmailSender>()
            : provider.GetRequiredService<FolderEmailSender>());
        return services;
    }
}
