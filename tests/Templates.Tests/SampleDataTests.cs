using AiFactory.BuildTool;

namespace AiFactory.Templates.Tests;

/// <summary>
/// The template's sample data is what its generator writes, byte for byte, with the attribute columns named by the
/// tokens the template replaces. AIFACTORY_UPDATE_EXAMPLES=1 writes the files again after a change of the generator.
/// </summary>
public sealed class SampleDataTests
{
    private static readonly string[] Tokens = { "AifAttribute1", "AifAttribute2", "AifAttribute3" };

    [Theory]
    [InlineData("mlnet", new[] { "train.csv", "test.csv" })]
    [InlineData("predictions", new[] { "scored.csv" })]
    public void Committed_data_is_what_generate_cs_writes(string source, string[] files)
    {
        string data = Path.Combine(TemplateSources.Model.Folder, "AiFactory-Model", "data");
        string output = Path.Combine(Path.GetTempPath(), "aifactory-sample-" + Path.GetRandomFileName().Replace(".", ""));
        try
        {
            CommandResult run = new DotnetCli().Run(data, "run", "--file", "generate.cs", "--",
                "--source", source, "--sensitive", string.Join(",", Tokens), "--out", output);
            Assert.True(run.ExitCode == 0, run.Output);
            foreach (string file in files)
            {
                string committed = Path.Combine(data, file);
                string generated = Path.Combine(output, file);
                if (Environment.GetEnvironmentVariable("AIFACTORY_UPDATE_EXAMPLES") == "1")
                {
                    File.Copy(generated, committed, overwrite: true);
                }

                Assert.Equal(File.ReadAllBytes(generated), File.ReadAllBytes(committed));
                Assert.EndsWith(string.Join(",", Tokens) + (source == "mlnet" ? ",approved" : ""), File.ReadLines(committed).First());
            }

            Assert.Equal(files.Order(), Directory.GetFiles(output).Select(Path.GetFileName).Order());
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Sizes_match_the_documentation()
    {
        string data = Path.Combine(TemplateSources.Model.Folder, "AiFactory-Model", "data");
        Assert.Equal(4000, File.ReadLines(Path.Combine(data, "train.csv")).Count() - 1);
        Assert.Equal(2000, File.ReadLines(Path.Combine(data, "test.csv")).Count() - 1);
        Assert.Equal(2000, File.ReadLines(Path.Combine(data, "scored.csv")).Count() - 1);
    }
}
