using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeFacto.Web.Pages;

/// <summary>Signs out on POST only (with its antiforgery token), so a link elsewhere cannot sign a user out.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.Name is { } name)
        {
            HttpContext.RequestServices.GetRequiredService<DeFacto.Web.Security.SessionStamp>().SignedOut(name);
        }

        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        return LocalRedirect("/");
    }
}
