namespace DeFacto.Storage.Records;

/// <summary>Where a record came from: the dataset that ships with DeFacto, or the user.</summary>
public static class Origins
{
    public const string Bundled = "bundled";

    public const string User = "user";

    public static bool IsValid(string origin) => origin is Bundled or User;
}
