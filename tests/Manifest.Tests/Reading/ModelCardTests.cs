using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using AiFactory.Manifest.Reading;
using AiFactory.Manifest.Tests.TestSupport;

namespace AiFactory.Manifest.Tests.Reading;

/// <summary><c>model.riskTier</c> and <c>model.card</c>: the fields read with their types, and the fields each tier requires (AIF2033).</summary>
public class ModelCardTests
{
    private const string Data = "\"data\": { \"train\": \"tr.csv\", \"test\": \"te.csv\", \"label\": \"y\", \"positive\": \"1\" }";

    /// <summary>A manifest whose line 2 is <c>  "model": { MODEL },</c>: the model object's content starts at column 14.</summary>
    private static string WithModel(string model) => "{\n  \"model\": { " + model + " },\n  " + Data + "\n}";

    private const string MediumFields =
        "\"intendedUse\": \"Rank applications\", \"owners\": [\"risk\"], " +
        "\"card\": { \"users\": [\"Officers\"], \"limitations\": [\"2020-2024 only\"] }";

    [Fact]
    public void EveryCardField_IsRead()
    {
        ModelManifest manifest = TestManifests.Valid(WithModel(
            "\"name\": \"M\", \"riskTier\": \"high\", \"intendedUse\": \"U\", \"owners\": [\"o\"], \"card\": { " +
            "\"overview\": \"O\", \"users\": [\"u1\", \"u2\"], \"useCases\": [\"c\"], \"outOfScope\": [\"x\"], " +
            "\"limitations\": [\"l\"], \"tradeoffs\": [\"t\"], \"ethicalConsiderations\": [\"e\"], " +
            "\"risks\": [{ \"risk\": \"r\", \"mitigation\": \"m\" }], \"license\": \"MIT\", \"references\": [\"https://example.org\"] }"));

        ModelSection model = manifest.Model;
        Assert.Equal(RiskTier.High, model.RiskTier);
        Assert.Equal((2, 39), (model.RiskTierLocation!.Line, model.RiskTierLocation.Column));
        ModelCardSection card = model.Card;
        Assert.Equal("O", card.Overview);
        Assert.Equal(new[] { "u1", "u2" }, card.Users);
        Assert.Equal(new[] { "c" }, card.UseCases);
        Assert.Equal(new[] { "x" }, card.OutOfScope);
        Assert.Equal(new[] { "l" }, card.Limitations);
        Assert.Equal(new[] { "t" }, card.Tradeoffs);
        Assert.Equal(new[] { "e" }, card.EthicalConsiderations);
        CardRisk risk = Assert.Single(card.Risks);
        Assert.Equal(("r", "m"), (risk.Risk, risk.Mitigation));
        Assert.Equal("MIT", card.License);
        Assert.Equal(new[] { "https://example.org" }, card.References);
    }

    [Fact]
    public void AbsentTier_IsLow_AndRequiresNothing()
    {
        ModelManifest manifest = TestManifests.Valid(WithModel("\"name\": \"M\""));
        Assert.Equal(RiskTier.Low, manifest.Model.RiskTier);
        Assert.Null(manifest.Model.RiskTierLocation);
        Assert.Empty(manifest.Model.Card.Users);
    }

    [Fact]
    public void MediumTier_WithItsFields_IsValid()
    {
        Assert.Equal(RiskTier.Medium, TestManifests.Valid(WithModel("\"name\": \"M\", \"riskTier\": \"medium\", " + MediumFields)).Model.RiskTier);
    }

    [Fact]
    public void UnknownTier_IsAIF2010_WithTheAllowedValues()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"riskTier\": \"hihg\""), DiagnosticIds.InvalidValue, 2, 39);
        Assert.Equal("model.riskTier \"hihg\" is not an allowed value; did you mean 'high'? (allowed: 'low', 'medium' and 'high')", d.Message);
    }

    [Fact]
    public void TierNotAString_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"riskTier\": 3"), DiagnosticIds.WrongType, 2, 39);
        Assert.StartsWith("model.riskTier must be a non-empty string, but it is a number (3)", d.Message);
    }

    [Fact]
    public void HighTierMissingEthicalConsiderations_IsAIF2033_AtTheTier_NamingTheFieldAndTheFix()
    {
        string text = "{\n  \"model\": {\n    \"name\": \"M\",\n    \"riskTier\": \"high\",\n    " + MediumFields + ",\n" +
                      "    \"card2\": 1\n  },\n  " + Data + "\n}";
        text = text.Replace(",\n    \"card2\": 1", "", StringComparison.Ordinal)
                   .Replace("\"limitations\": [\"2020-2024 only\"] }", "\"limitations\": [\"2020-2024 only\"], \"outOfScope\": [\"x\"], \"tradeoffs\": [\"t\"], \"risks\": [{ \"risk\": \"r\", \"mitigation\": \"m\" }] }", StringComparison.Ordinal);
        Diagnostic d = TestManifests.SingleError(text, DiagnosticIds.CardFieldMissing, 4, 17);
        Assert.Equal(
            "model.riskTier \"high\" requires model.card.ethicalConsiderations, which the manifest does not write: the model card of a " +
            "high-risk model must state it. Add it to aifactory.json, e.g. \"card\": { \"ethicalConsiderations\": [\"Declined applicants may be harmed by a wrong decision\"] }",
            d.Message);
    }

    [Fact]
    public void HighTierWithNothing_ReportsEveryFieldOfTheTable_InOrder()
    {
        ManifestReadResult result = TestManifests.Read(WithModel("\"name\": \"M\", \"riskTier\": \"high\""));
        Assert.All(result.Diagnostics, d => TestManifests.AssertAt(d, DiagnosticIds.CardFieldMissing, 2, 39));
        Assert.Equal(
            new[]
            {
                "model.intendedUse", "model.owners", "model.card.users", "model.card.limitations",
                "model.card.outOfScope", "model.card.tradeoffs", "model.card.ethicalConsiderations", "model.card.risks",
            },
            result.Diagnostics.Select(d => d.Message.Split(' ')[3].TrimEnd(',')).ToArray());
    }

    [Fact]
    public void MediumTier_RequiresOnlyItsFields()
    {
        ManifestReadResult result = TestManifests.Read(WithModel("\"name\": \"M\", \"riskTier\": \"medium\", \"intendedUse\": \"U\""));
        Assert.Equal(
            new[] { "model.owners", "model.card.users", "model.card.limitations" },
            result.Diagnostics.Select(d => d.Message.Split(' ')[3].TrimEnd(',')).ToArray());
        Assert.All(result.Diagnostics, d => Assert.StartsWith("model.riskTier \"medium\" requires", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AnEmptyList_DoesNotMeetTheRequirement()
    {
        Diagnostic d = TestManifests.SingleError(
            WithModel("\"name\": \"M\", \"riskTier\": \"medium\", " + MediumFields.Replace("[\"Officers\"]", "[]", StringComparison.Ordinal)),
            DiagnosticIds.CardFieldMissing, 2, 39);
        Assert.StartsWith("model.riskTier \"medium\" requires model.card.users,", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MisspeltCardKey_IsAIF2002_WithASuggestion()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": { \"limitation\": [\"l\"] }"), DiagnosticIds.UnknownKey, 2, 37);
        Assert.Equal("unknown key 'limitation' in model.card; did you mean 'limitations'?", d.Message);
    }

    [Fact]
    public void CardKeyAtTheModelLevel_IsToldWhereItBelongs()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"ethicalConsiderations\": [\"e\"]"), DiagnosticIds.UnknownKey, 2, 27);
        Assert.Equal("unknown key 'ethicalConsiderations' in model; 'ethicalConsiderations' belongs in model.card", d.Message);
    }

    [Fact]
    public void ListWrittenAsAString_IsAIF2004_AtTheValue()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": { \"users\": \"Officers\" }"), DiagnosticIds.WrongType, 2, 46);
        Assert.StartsWith("model.card.users must be an array of strings, but it is a string (\"Officers\")", d.Message);
    }

    [Fact]
    public void CardNotAnObject_IsAIF2004()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": [\"x\"]"), DiagnosticIds.WrongType, 2, 35);
        Assert.StartsWith("model.card must be an object ({ ... }), but it is an array", d.Message);
    }

    [Fact]
    public void RiskWithoutMitigation_IsAIF2006_AtTheEntry()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": { \"risks\": [{ \"risk\": \"r\" }] }"), DiagnosticIds.MissingKey, 2, 47);
        Assert.Equal("model.card.risks[0] needs the key 'mitigation'; add it, e.g. \"mitigation\": \"Monthly drift gate on new applications\"", d.Message);
    }

    [Fact]
    public void RisksNotAnArrayOfObjects_IsAIF2004_AtEachWrongValue()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": { \"risks\": [\"r\"] }"), DiagnosticIds.WrongType, 2, 47);
        Assert.StartsWith("model.card.risks[0] must be an object, but it is a string (\"r\")", d.Message);
        Diagnostic whole = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": { \"risks\": \"r\" }"), DiagnosticIds.WrongType, 2, 46);
        Assert.StartsWith("model.card.risks must be an array of { \"risk\": ..., \"mitigation\": ... } objects", whole.Message);
    }

    [Fact]
    public void EmptyLicense_IsAIF2010()
    {
        Diagnostic d = TestManifests.SingleError(WithModel("\"name\": \"M\", \"card\": { \"license\": \"\" }"), DiagnosticIds.InvalidValue, 2, 48);
        Assert.Equal("model.card.license is empty; give it a value", d.Message);
    }

    [Fact]
    public void TheRequirementTable_GrowsWithTheTier()
    {
        var low = CardRequirement.All.Where(r => r.Tier <= RiskTier.Low).ToArray();
        var medium = CardRequirement.All.Where(r => r.Tier <= RiskTier.Medium).ToArray();
        Assert.Empty(low);
        Assert.Equal(4, medium.Length);
        Assert.Equal(8, CardRequirement.All.Count);
        Assert.All(CardRequirement.All, r => Assert.True(
            ManifestKeys.Model.Contains(r.Path["model.".Length..]) || ManifestKeys.Card.Contains(r.Path["model.card.".Length..]), r.Path));
    }
}
