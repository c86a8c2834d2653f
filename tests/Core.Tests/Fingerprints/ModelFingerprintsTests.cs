using AiFactory.Core.Fingerprints;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Tests.Fingerprints;

public sealed class ModelFingerprintsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "aif-fp-" + Guid.NewGuid().ToString("N"));

    public ModelFingerprintsTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Train, "x,y\n1,a\n");
        File.WriteAllText(Test, "x,y\n2,b\n");
        File.WriteAllBytes(Assembly, new byte[] { 1 });
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Train => Path.Combine(_folder, "train.csv");

    private string Test => Path.Combine(_folder, "test.csv");

    private string Assembly => Path.Combine(_folder, "Model.dll");

    private ModelManifest Manifest(int seed = 1, double threshold = 0.5, double aucMin = 0.7, string positive = "a") => new()
    {
        Model = new ModelSection { Name = "M", Seed = seed, Threshold = threshold },
        Data = new DataSection { TrainPath = Train, TestPath = Test, Label = "y", Positive = positive },
        Gates = new GatesSection { Metrics = new[] { new MetricGate("auc") { Min = new Bound(aucMin, new SourceLocation("m", 1, 1)) } } },
    };

    private static (string Training, string Evaluation) Compute(ModelManifest manifest, string assembly, string version = "1.0.0")
    {
        FileHashCache hashes = FileHashCache.InMemory();
        string training = ModelFingerprints.Training(manifest, assembly, version, hashes, null, Array.Empty<string>());
        return (training, ModelFingerprints.Evaluation(manifest, training, version, hashes));
    }

    [Fact]
    public void Every_training_input_changes_the_training_fingerprint()
    {
        var baseline = Compute(Manifest(), Assembly);
        Assert.Equal(baseline, Compute(Manifest(), Assembly));
        Assert.NotEqual(baseline.Training, Compute(Manifest(seed: 2), Assembly).Training);
        Assert.NotEqual(baseline.Training, Compute(Manifest(positive: "b"), Assembly).Training);
        Assert.NotEqual(baseline.Training, Compute(Manifest(), Assembly, version: "1.0.1").Training);

        File.WriteAllText(Train, "x,y\n1,a\n3,a\n");
        Assert.NotEqual(baseline.Training, Compute(Manifest(), Assembly).Training);
        File.WriteAllText(Train, "x,y\n1,a\n");
        File.WriteAllBytes(Assembly, new byte[] { 2 });
        Assert.NotEqual(baseline.Training, Compute(Manifest(), Assembly).Training);
    }

    [Fact]
    public void The_packages_the_model_compiles_against_are_training_inputs_in_any_order()
    {
        string Training(params string[] packages) => ModelFingerprints.Training(Manifest(), Assembly, "1.0.0", FileHashCache.InMemory(), _folder, packages);

        string baseline = Training("Microsoft.ML/5.0.1", "AiFactory.Build/1.0.0");
        Assert.Equal(baseline, Training("AiFactory.Build/1.0.0", "Microsoft.ML/5.0.1", "Microsoft.ML/5.0.1"));
        Assert.NotEqual(baseline, Training("Microsoft.ML/5.0.2", "AiFactory.Build/1.0.0"));
        Assert.NotEqual(baseline, Training("AiFactory.Build/1.0.0"));
    }

    [Fact]
    public void The_model_code_counts_by_its_code_hash_not_its_bytes()
    {
        var compile = new TestCompilation
        {
            AssemblyName = "Model",
            Sources = new[] { (Path.Combine(_folder, "src", "P.cs"), "public static class P { public static int F() => 1; }") },
        };
        string a = compile.EmitTo(Path.Combine(_folder, "a", "Model.dll"));
        string b = (compile with { InformationalVersion = "1.0.0+0123abcd" }).EmitTo(Path.Combine(_folder, "b", "Model.dll"));
        Assert.NotEqual(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Equal(ModelFingerprints.Training(Manifest(), a, "1.0.0", FileHashCache.InMemory(), _folder, Array.Empty<string>()),
            ModelFingerprints.Training(Manifest(), b, "1.0.0", FileHashCache.InMemory(), _folder, Array.Empty<string>()));
    }

    [Fact]
    public void Gate_thresholds_change_neither_fingerprint_and_evaluation_settings_only_the_evaluation_one()
    {
        var baseline = Compute(Manifest(), Assembly);
        Assert.Equal(baseline, Compute(Manifest(aucMin: 0.9), Assembly));

        var threshold = Compute(Manifest(threshold: 0.4), Assembly);
        Assert.Equal(baseline.Training, threshold.Training);
        Assert.NotEqual(baseline.Evaluation, threshold.Evaluation);

        File.WriteAllText(Test, "x,y\n2,b\n4,a\n");
        var test = Compute(Manifest(), Assembly);
        Assert.Equal(baseline.Training, test.Training);
        Assert.NotEqual(baseline.Evaluation, test.Evaluation);
    }

    [Fact]
    public void Predictions_mode_has_no_training_fingerprint()
    {
        ModelManifest manifest = Manifest();
        manifest.Model.Source = ModelSource.Predictions;
        manifest.Data.TrainPath = null;
        manifest.Data.Score = "score";
        var fingerprints = Compute(manifest, Path.Combine(_folder, "absent.dll"));
        Assert.Equal("", fingerprints.Training);
        Assert.Matches("^[0-9a-f]{64}$", fingerprints.Evaluation);
    }
}
