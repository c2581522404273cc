namespace DeFacto.Web;

/// <summary>
/// Runs the web app on its own (<c>dotnet DeFacto.Web.dll --DeFacto:Ledger=PATH</c>); <c>defacto serve</c>
/// hosts the same app through <see cref="DeFactoWeb.Build"/>. Tests start it with WebApplicationFactory.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args) => DeFactoWeb.Build(args).Run();
}
