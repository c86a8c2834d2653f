using System.Globalization;
using System.Text;

namespace AiFactory.BuildTool;

/// <summary>
/// Writes the code of a large model project: files of ML.NET experiment code of the kind the analyzers inspect
/// (pipelines with transforms and Concatenate, seeded splits, fits and evaluations, input types with column
/// attributes, paths, LINQ over rows), each file different by its index; one unseeded MLContext in the first file is
/// the project's only analyzer finding.
/// </summary>
public static class GeneratedModelProject
{
    /// <summary>Writes <paramref name="files"/> C# files into <c>Generated/</c> under the project folder; returns them.</summary>
    public static IReadOnlyList<string> WriteSources(string projectFolder, int files)
    {
        string folder = Path.Combine(projectFolder, "Generated");
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        for (int i = 0; i < files; i++)
        {
            string path = Path.Combine(folder, $"Experiment{i:D3}.cs");
            File.WriteAllText(path, Source(i));
            paths.Add(path);
        }

        return paths;
    }

    /// <summary>The code of file <paramref name="i"/>.</summary>
    public static string Source(int i)
    {
        string n = i.ToString("D3", CultureInfo.InvariantCulture);
        var code = new StringBuilder();
        code.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using AiFactory;
            using Microsoft.ML;
            using Microsoft.ML.Data;
            using Microsoft.ML.Trainers;

            namespace LoanApproval.Generated;

            public sealed class Applicant{{n}}
            {
                [LoadColumn(0)] public float Income { get; set; }
                [LoadColumn(1)] public float Debt { get; set; }
                [LoadColumn(2)] public float Tenure { get; set; }
                [LoadColumn(3)] public string Region { get; set; } = "";
                [LoadColumn(4), ColumnName("Label")] public bool Approved { get; set; }
            }

            public sealed class Scored{{n}}
            {
                public bool PredictedLabel { get; set; }
                public float Probability { get; set; }
                public float Score { get; set; }
            }

            public static class Experiment{{n}}
            {
                private const string FeaturesColumn = "Features";
                private static readonly string[] NumericColumns = { "income", "debt", "tenure" };

                public static IEstimator<ITransformer> Featurize(MLContext ml) =>
                    ml.Transforms.ReplaceMissingValues(NumericColumns.Select(c => new InputOutputColumnPair(c + "Filled{{n}}", c)).ToArray())
                        .Append(ml.Transforms.Categorical.OneHotEncoding("region{{n}}", "region"))
                        .Append(ml.Transforms.Concatenate(FeaturesColumn, "incomeFilled{{n}}", "debtFilled{{n}}", "tenureFilled{{n}}", "region{{n}}"))
                        .Append(ml.Transforms.NormalizeMinMax(FeaturesColumn));

                public static double Auc(MLContext ml, IDataView data, ModelContext context)
                {
                    var split = ml.Data.TrainTestSplit(data, testFraction: 0.2, seed: context.Seed + {{i}});
                    var trainer = ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
                    {
                        LabelColumnName = context.Label,
                        FeatureColumnName = FeaturesColumn,
                        NumberOfThreads = 1,
                        MaximumNumberOfIterations = {{10 + i % 7}},
                    });
                    ITransformer model = Featurize(ml).Append(trainer).Fit(split.TrainSet);
                    IDataView scored = model.Transform(split.TestSet);
                    return ml.BinaryClassification.Evaluate(scored, labelColumnName: context.Label).AreaUnderRocCurve;
                }

                public static IReadOnlyList<double> CrossValidated(MLContext ml, IDataView data, ModelContext context) =>
                    ml.BinaryClassification.CrossValidate(data, Featurize(ml), numberOfFolds: {{3 + i % 3}}, labelColumnName: context.Label, seed: context.Seed)
                        .Select(fold => fold.Metrics.AreaUnderRocCurve)
                        .ToList();

                public static IDataView Load(MLContext ml, string projectFolder) =>
                    ml.Data.LoadFromTextFile<Applicant{{n}}>(Path.Combine(projectFolder, "data", "train.csv"), separatorChar: ',', hasHeader: true);

                public static Dictionary<string, double> ApprovalRateByRegion(IEnumerable<Applicant{{n}}> rows) =>
                    rows.GroupBy(r => r.Region, StringComparer.Ordinal)
                        .Where(g => g.Count() >= {{5 + i % 11}})
                        .ToDictionary(g => g.Key, g => g.Average(r => r.Approved ? 1.0 : 0.0), StringComparer.Ordinal);

                public static string Describe(Scored{{n}} prediction, double threshold = 0.{{50 + i % 40}})
                {
                    string band = prediction.Probability switch
                    {
                        < 0.2f => "low",
                        < 0.5f => "medium",
                        < 0.8f => "high",
                        _ => "very high",
                    };
                    return prediction.Probability >= threshold
                        ? $"approve ({band}, p={prediction.Probability:F3})"
                        : $"review ({band}, p={prediction.Probability:F3}, score={prediction.Score:F2})";
                }

            """);

        if (i == 0)
        {
            // The project's one finding (AIF1001): a benchmark build shows by it whether the analyzers ran.
            code.AppendLine("    public static MLContext Unseeded() => new MLContext();");
            code.AppendLine();
        }

        // A few helpers of varying size, so files differ in length as real ones do.
        for (int h = 0; h < 2 + i % 4; h++)
        {
            code.Append(CultureInfo.InvariantCulture, $$"""
                    public static (double Mean, double Spread) Summary{{h}}(IReadOnlyList<Applicant{{n}}> rows)
                    {
                        if (rows.Count == 0)
                        {
                            return (0, 0);
                        }

                        double mean = rows.Average(r => r.Income - r.Debt * {{h + 1}});
                        double spread = Math.Sqrt(rows.Sum(r => Math.Pow(r.Income - r.Debt * {{h + 1}} - mean, 2)) / rows.Count);
                        return (mean, spread);
                    }

                """);
        }

        code.AppendLine("}");
        return code.ToString();
    }
}
