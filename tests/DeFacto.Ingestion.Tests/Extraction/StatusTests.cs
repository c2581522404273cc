using DeFacto.Core.Evidence;
using DeFacto.Ingestion.Tests.Support;

namespace DeFacto.Ingestion.Tests.Extraction;

public sealed class StatusTests
{
    [Theory]
    [InlineData("Patronia pledges to station 2,000 troops in North Enclave.", EvidenceStatus.Pledged)]
    [InlineData("Patronia promises 2,000 troops for North Enclave.", EvidenceStatus.Pledged)]
    [InlineData("North Enclave is obliged to host 2,000 troops.", EvidenceStatus.Pledged)]
    [InlineData("Under the treaty, 2,000 troops stay in North Enclave.", EvidenceStatus.Pledged)]
    [InlineData("North Enclave hosts 2,000 troops (Article 4).", EvidenceStatus.Pledged)]
    [InlineData("North Enclave hosts 2,000 troops.", EvidenceStatus.InPlace)]
    public void Run_Sentence_ReadsPracticeOrPledge(string text, EvidenceStatus status)
    {
        var fact = Assert.Single(TestCodebook.Pipeline.Run(DocumentInput.FromText("t.txt", text)).Observations);

        Assert.Equal(status, fact.Status);
    }
}
