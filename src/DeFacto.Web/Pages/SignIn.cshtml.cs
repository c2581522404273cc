using System.Security.Claims;
using DeFacto.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace DeFacto.Web.Pages;

/// <summary>Sign in with a name and password from the user directory; the cookie carries the name and role.</summary>
[EnableRateLimiting(SecurityServices.SignInLimit)]
public sealed class SignInModel(UserDirectory users, SessionStamp stamps, SignInBackoff backoff) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public bool NoUsers => users.Count == 0;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var wait = backoff.Wait(Name);
        if (wait > TimeSpan.Zero)
        {
            var seconds = (int)Math.Ceiling(wait.TotalSeconds);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = $"Too many wrong passwords for this name: try again in {seconds} seconds.";
            return Page();
        }

        var user = users.SignIn(Name, Password);
        if (user is null)
        {
            backoff.Failed(Name);
            Error = "The name or the password is wrong.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role), new Claim(SessionStamp.Claim, stamps.Of(user))],
            CookieAuthenticationDefaults.AuthenticationScheme);
        backoff.Succeeded(user.Name);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(IsSafeReturn(ReturnUrl) ? ReturnUrl! : "/review");
    }

    /// <summary>A local path in plain ASCII; anything else (another host, odd characters) goes to the review page.</summary>
    private bool IsSafeReturn(string? url) => url is not null && url.All(c => c is > ' ' and < (char)127) && Url.IsLocalUrl(url);
}
