using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DeFacto.Web.Security;

/// <summary>Cookie sign-in for the users of <see cref="UserDirectory"/>, and the policy that guards every write.</summary>
public static class SecurityServices
{
    /// <summary>Sign-in attempts per client address per minute are limited, to slow password guessing.</summary>
    public const string SignInLimit = "sign-in";

    public static IServiceCollection AddDeFactoSecurity(this IServiceCollection services, DeFactoWebOptions? options)
    {
        services.TryAddSingleton<PasswordVerifier>();
        services.AddSingleton(sp => UserDirectory.Load(sp.GetRequiredService<IConfiguration>(), options?.UsersFile, sp.GetRequiredService<PasswordVerifier>()));
        services.AddSingleton<SessionStamp>();
        services.AddSingleton<SignInBackoff>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/signin";
            o.AccessDeniedPath = "/signin";
            o.Cookie.Name = "defacto.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateSession;
        });
        services.AddAuthorizationBuilder().AddPolicy(Roles.CanReview, p => p.RequireRole(Roles.Coder, Roles.Editor));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "defacto.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        var readsPerSecond = options?.ReadsPerSecond;
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };

            // Every anonymous client address: a steady rate with a burst of twice as much; signed-in users are not limited.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var perSecond = readsPerSecond ?? context.RequestServices.GetRequiredService<DeFactoWebOptions>().ReadsPerSecond;
                return perSecond <= 0 || context.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetNoLimiter("unlimited")
                    : RateLimitPartition.GetTokenBucketLimiter("ip:" + context.Connection.RemoteIpAddress, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = 2 * perSecond,
                        TokensPerPeriod = Math.Max(1, perSecond / 10),
                        ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                        QueueLimit = 0,
                    });
            });
            o.AddPolicy(SignInLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 30, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    /// <summary>Every request: the cookie's user must still be in the users file with the same role and stamp.</summary>
    private static async Task ValidateSession(CookieValidatePrincipalContext context)
    {
        var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
        var stamps = context.HttpContext.RequestServices.GetRequiredService<SessionStamp>();
        var name = context.Principal?.Identity?.Name;
        var user = users.Find(name);
        var role = context.Principal?.FindFirst(ClaimTypes.Role)?.Value;
        var stamp = context.Principal?.FindFirst(SessionStamp.Claim)?.Value;
        if (user is null || user.Role != role || stamp != stamps.Of(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
