using System.Text.Json;
using System.Text.RegularExpressions;

namespace AiFactory.Templates.Tests;

/// <summary>template.json and dotnetcli.host.json: the parameters the issue asks for, and nothing dangling.</summary>
public sealed class TemplateConfigurationTests
{
    private static TemplateSources Model => TemplateSources.Model;

    public static TheoryData<string> Templates => new(TemplateSources.All.Keys);

    [Fact]
    public void Identity_short_name_and_source_name()
    {
        JsonElement template = Model.TemplateJson();
        Assert.Equal("AiFactory.Templates.Model.CSharp", template.GetProperty("identity").GetString());
        Assert.Equal("aifactory-model", template.GetProperty("shortName").GetString());
        Assert.Equal("AiFactory-Model", template.GetProperty("sourceName").GetString());
        Assert.Equal("C#", template.GetProperty("tags").GetProperty("language").GetString());
    }

    [Fact]
    public void Parameters_name_trainer_sensitive_tests_source_and_hub()
    {
        Assert.Equal(new[] { "sdca", "fasttree", "lightgbm" }, Model.Choices("trainer"));
        Assert.Equal("sdca", Model.Symbol("trainer").GetProperty("defaultValue").GetString());
        Assert.Equal(new[] { "mlnet", "predictions" }, Model.Choices("source"));
        Assert.Equal("mlnet", Model.Symbol("source").GetProperty("defaultValue").GetString());
        Assert.Equal(("bool", "true"), (Model.Symbol("tests").GetProperty("datatype").GetString(), Model.Symbol("tests").GetProperty("defaultValue").GetString()));
        Assert.Equal(("bool", "false"), (Model.Symbol("hub").GetProperty("datatype").GetString(), Model.Symbol("hub").GetProperty("defaultValue").GetString()));
        Assert.Equal(("string", "group"), (Model.Symbol("sensitive").GetProperty("datatype").GetString(), Model.Symbol("sensitive").GetProperty("defaultValue").GetString()));
    }

    [Fact]
    public void Restore_runs_after_creation_unless_skipped()
    {
        JsonElement restore = Model.TemplateJson().GetProperty("postActions").EnumerateArray()
            .Single(a => a.GetProperty("actionId").GetString() == "210D431B-A78B-4D2F-B762-4ED3E3EA9025");
        Assert.Equal("(!skipRestore)", restore.GetProperty("condition").GetString());
        Assert.Equal(JsonValueKind.True, restore.GetProperty("continueOnError").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Command_line_names_belong_to_symbols(string name)
    {
        TemplateSources template = TemplateSources.All[name];
        using JsonDocument host = JsonDocument.Parse(File.ReadAllText(Path.Combine(template.ConfigFolder, "dotnetcli.host.json")));
        var symbols = template.Symbols().Select(s => s.Name).ToHashSet();
        foreach (JsonProperty info in host.RootElement.GetProperty("symbolInfo").EnumerateObject())
        {
            Assert.Contains(info.Name, symbols);
        }

        Assert.Equal("f", host.RootElement.GetProperty("symbolInfo").GetProperty("framework").GetProperty("shortName").GetString());
    }

    [Fact]
    public void No_restore_is_the_skip_restore_option()
    {
        using JsonDocument host = JsonDocument.Parse(File.ReadAllText(Path.Combine(Model.ConfigFolder, "dotnetcli.host.json")));
        Assert.Equal("no-restore", host.RootElement.GetProperty("symbolInfo").GetProperty("skipRestore").GetProperty("longName").GetString());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_token_in_the_content_is_replaced_and_every_replacement_is_used(string name)
    {
        TemplateSources template = TemplateSources.All[name];
        string[] files = template.ContentFiles().ToArray();
        var replaced = template.Symbols()
            .Where(s => s.Symbol.TryGetProperty("replaces", out _))
            .ToDictionary(s => s.Symbol.GetProperty("replaces").GetString()!, s => s.Name);
        var tokens = files.SelectMany(f => Regex.Matches(template.Read(f), @"\bAif[A-Z][A-Za-z0-9]*").Select(m => (File: f, Token: m.Value))).ToList();

        Assert.All(tokens, t => Assert.True(replaced.ContainsKey(t.Token), $"{t.File}: {t.Token} is replaced by no symbol"));
        foreach (string token in replaced.Keys.Where(k => k.StartsWith("Aif", StringComparison.Ordinal)))
        {
            Assert.True(tokens.Any(t => t.Token == token), $"symbol {replaced[token]} replaces {token}, which no content file holds");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_condition_names_known_symbols(string name)
    {
        TemplateSources template = TemplateSources.All[name];
        var symbols = template.Symbols().Select(s => s.Name).ToHashSet();
        JsonElement json = template.TemplateJson();
        var conditions = template.ContentFiles()
            .SelectMany(f => Regex.Matches(template.Read(f), @"#(?:el)?if \((.+?)\)\s*(?:-->)?\s*$", RegexOptions.Multiline).Select(m => (File: f, Condition: m.Groups[1].Value)))
            .Concat((json.TryGetProperty("sources", out JsonElement sources) ? sources.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .SelectMany(s => s.GetProperty("modifiers").EnumerateArray()).Select(m => (File: "template.json", Condition: m.GetProperty("condition").GetString()!)))
            .Concat(template.Symbols().Where(s => s.Symbol.TryGetProperty("generator", out JsonElement g) && g.GetString() == "switch")
                .SelectMany(s => s.Symbol.GetProperty("parameters").GetProperty("cases").EnumerateArray())
                .Select(c => (File: "template.json", Condition: c.GetProperty("condition").GetString()!)))
            .ToList();

        Assert.NotEmpty(conditions);
        foreach (var (file, condition) in conditions)
        {
            string withoutStrings = Regex.Replace(condition, "\"[^\"]*\"", "");
            foreach (Match symbol in Regex.Matches(withoutStrings, "[A-Za-z_][A-Za-z0-9_]*"))
            {
                Assert.True(symbols.Contains(symbol.Value), $"{file}: condition ({condition}) names {symbol.Value}, which is no symbol");
            }
        }
    }

    [Fact]
    public void Project_guids_of_the_solution_are_regenerated()
    {
        var guids = Model.TemplateJson().GetProperty("guids").EnumerateArray().Select(g => g.GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string sln = Model.Read("AiFactory-Model.sln");
        var projectGuids = Regex.Matches(sln, @"Project\(""\{[^}]+\}""\) = ""[^""]+"", ""[^""]+"", ""\{([^}]+)\}""").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(2, projectGuids.Count);
        Assert.All(projectGuids, g => Assert.Contains(g, guids));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Version_tokens_are_all_stamped_at_pack_time(string name)
    {
        TemplateSources template = TemplateSources.All[name];
        string csproj = File.ReadAllText(Path.Combine(template.Folder, "..", "..", "AiFactory.Templates.csproj"));
        var stamped = Regex.Matches(csproj, @"<_AiFactoryVersionToken Include=""(\w+)""").Select(m => m.Groups[1].Value).ToHashSet();
        var used = Regex.Matches(File.ReadAllText(Path.Combine(template.ConfigFolder, "template.json")), "@(\\w+Version)@").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(5, used.Count);
        Assert.All(used, token => Assert.Contains(token, stamped));
    }
}
