using DeFacto.Storage.Schema;

namespace DeFacto.Storage.Tests;

/// <summary>The migrations the up-to-date check knows are exactly the assembly's, oldest first.</summary>
public sealed class SchemaMigratorTests
{
    [Fact]
    public void Versions_ListEveryMigrationOfTheAssembly_InOrder()
    {
        var found = typeof(SchemaMigrator).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(FluentMigrator.MigrationAttribute), inherit: false).OfType<FluentMigrator.MigrationAttribute>().FirstOrDefault())
            .OfType<FluentMigrator.MigrationAttribute>()
            .Select(a => a.Version)
            .Order()
            .ToList();

        Assert.Equal(found, SchemaMigrator.Versions);
        Assert.Equal(found[^1], SchemaMigrator.Latest);
    }
}
