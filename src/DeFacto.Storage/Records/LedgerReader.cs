using System.Data.Common;
using Dapper;
using DeFacto.Core.Evidence;
using DeFacto.Dataset;
using DeFacto.Dataset.Writing;

namespace DeFacto.Storage.Records;

/// <summary>Reads the ledger back into the model, in the order records first arrived.</summary>
internal static class LedgerReader
{
    public static DatasetDocuments Documents(DbConnection connection, DbTransaction? transaction = null)
    {
        var docs = connection.Query<DocumentRow>($"{Tables.Documents.Select}", transaction: transaction)
            .ToDictionary(d => d.Name, d => d.Text, StringComparer.Ordinal);
        if (!docs.TryGetValue(DatasetDocuments.CodebookFile, out var codebook) || !docs.TryGetValue(DatasetDocuments.TerritoriesFile, out var territories))
        {
            throw new LedgerException("the ledger holds no codebook or registry yet: import a dataset folder first (defacto ledger import DIR)");
        }

        return new DatasetDocuments(codebook, territories);
    }

    /// <summary>The codebook and registry alone (no records): what a candidate is checked against.</summary>
    public static Core.Dataset Reference(DbConnection connection, DbTransaction? transaction = null)
    {
        var documents = Documents(connection, transaction);
        var parsed = DatasetReader.Load(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DatasetDocuments.CodebookFile] = documents.Codebook,
            [DatasetDocuments.TerritoriesFile] = documents.Territories,
        });
        return parsed.Ok
            ? parsed.Dataset!
            : throw new LedgerException("the ledger's codebook or registry has problems:\n" + string.Join('\n', parsed.Problems.Take(20).Select(p => "  " + p)));
    }

    public static Core.Dataset Load(DbConnection connection, DbTransaction? transaction = null)
    {
        var documents = Documents(connection, transaction);
        var parsed = DatasetReader.Load(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DatasetDocuments.CodebookFile] = documents.Codebook,
            [DatasetDocuments.TerritoriesFile] = documents.Territories,
        });
        if (!parsed.Ok)
        {
            throw new LedgerException("the ledger's codebook or registry has problems:\n" + ProblemList.Indent(parsed.Problems));
        }

        var sources = Rows<SourceRow>(connection, transaction, Tables.Sources).Select(RecordMapper.ToModel).ToList();
        var observations = Rows<ObservationRow>(connection, transaction, Tables.Observations).Select(RecordMapper.ToModel).ToList();
        var events = Rows<EventRow>(connection, transaction, Tables.Events).Select(RecordMapper.ToModel).ToList();
        var ratifications = connection.Query<RatificationRow>(Tables.Ratifications.Select, transaction: transaction).ToLookup(r => r.TreatyId, StringComparer.Ordinal);
        var provisions = connection.Query<ProvisionRow>(Tables.Provisions.Select, transaction: transaction).ToLookup(p => p.TreatyId, StringComparer.Ordinal);
        var treaties = Rows<TreatyRow>(connection, transaction, Tables.Treaties)
            .Select(t => RecordMapper.ToModel(t, ratifications[t.Id], provisions[t.Id])).ToList();
        var dataset = parsed.Dataset!;
        var codings = Rows<CodingRow>(connection, transaction, Tables.Codings).Select(CodingMapper.ToModel).ToList();
        return dataset with { Ledger = new Ledger(sources, observations, events, treaties), Codings = codings };
    }

    private static IEnumerable<T> Rows<T>(DbConnection connection, DbTransaction? transaction, TableSpec table) =>
        connection.Query<T>($"{table.Select} ORDER BY seq", transaction: transaction);
}
