using AiFactory.Analyzers.Lineage;
using AiFactory.Analyzers.Tests.TestSupport;

namespace AiFactory.Analyzers.Tests.Lineage;

public sealed class AbsoluteDataPathTests
{
    private static Task Verify(string source) => AnalyzerVerifier<AbsoluteDataPathAnalyzer>.VerifyAsync(source);

    [Fact]
    public Task Absolute_data_paths_are_reported() => Verify("""
        using System.IO;
        using Microsoft.ML;

        static class Loading
        {
            const string TrainFile = {|AIF1004:@"C:\data\train.csv"|};
            static readonly string DataRoot = {|AIF1004:"/mnt/shared/datasets"|};
            static string ScoresFolder { get; set; } = {|AIF1004:@"\\fileserver\models\scores"|};

            static void Run(MLContext ml, string name)
            {
                var data = ml.Data.LoadFromTextFile<object>({|AIF1004:"/home/ana/loans/train.csv"|}, hasHeader: true);
                var text = File.ReadAllText({|AIF1004:"D:/exports/applicants"|});
                var combined = Path.Combine({|AIF1004:"/data/loans"|}, "test.csv");
                var interpolated = File.ReadAllLines({|AIF1004:$"/data/{name}.csv"|});
                string testPath;
                testPath = {|AIF1004:"file:///C:/data/test.csv"|};
                var parquet = {|AIF1004:"/srv/lake/applications.parquet"|};
            }
        }
        """);

    [Fact]
    public Task Relative_paths_urls_and_non_paths_are_not_reported() => Verify("""
        using System;
        using System.IO;
        using Microsoft.ML;

        static class Loading
        {
            static void Run(MLContext ml, string name)
            {
                var data = ml.Data.LoadFromTextFile<object>("data/train.csv", hasHeader: true);
                var nextToTheProject = Path.Combine(AppContext.BaseDirectory, "data", "test.csv");
                var relative = File.ReadAllText(@"..\shared\applicants.csv");
                var url = new Uri("https://example.com/data/train.csv");
                var route = "/api/models";
                var fraction = "1/2";
                var comment = "// not a path";
                var message = $"wrote {name} to disk";
                var interpolatedRelative = File.ReadAllLines($"data/{name}.csv");
            }
        }
        """);
}
