using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AiFactory.Core.Protocol
{
    /// <summary>
    /// The command line of an out-of-process stage, declared once: the build task writes it with
    /// <see cref="ToArguments"/> and the model's host reads it with <see cref="Parse"/>, so the two cannot drift.
    /// </summary>
    internal sealed class StageArguments
    {
        /// <summary>The stage to run: one of <see cref="ModelStage.All"/>' names.</summary>
        public string Stage { get; set; } = "";

        /// <summary>Full path of aifactory.json.</summary>
        public string ManifestPath { get; set; } = "";

        /// <summary>The output folder (AiFactoryOutputPath): model, results, predictions.</summary>
        public string OutputPath { get; set; } = "";

        /// <summary>The state folder in obj/: evaluation record, run log.</summary>
        public string StatePath { get; set; } = "";

        /// <summary>The current training fingerprint computed by the build.</summary>
        public string TrainingFingerprint { get; set; } = "";

        /// <summary>The current evaluation fingerprint computed by the build.</summary>
        public string EvaluationFingerprint { get; set; } = "";

        /// <summary>The current uncertainty fingerprint ("" without fairness intervals).</summary>
        public string UncertaintyFingerprint { get; set; } = "";

        /// <summary>The package version that runs the stage.</summary>
        public string PackageVersion { get; set; } = "";

        /// <summary>The repository root data paths must stay within; null when none was found.</summary>
        public string? RepositoryRoot { get; set; }

        /// <summary>Extra allowed data roots.</summary>
        public IReadOnlyList<string> AllowedDataRoots { get; set; } = Array.Empty<string>();

        /// <summary>The options after the stage name, in the order they are written. An empty value is written as "".</summary>
        public static readonly IReadOnlyList<StageOption> Options = new[]
        {
            new StageOption("--manifest", "aifactory.json", required: true, a => a.ManifestPath, (a, v) => a.ManifestPath = v),
            new StageOption("--output", "folder", required: true, a => a.OutputPath, (a, v) => a.OutputPath = v),
            new StageOption("--state", "folder", required: true, a => a.StatePath, (a, v) => a.StatePath = v),
            new StageOption("--training-fingerprint", "h", required: false, a => a.TrainingFingerprint, (a, v) => a.TrainingFingerprint = v),
            new StageOption("--evaluation-fingerprint", "h", required: false, a => a.EvaluationFingerprint, (a, v) => a.EvaluationFingerprint = v),
            new StageOption("--uncertainty-fingerprint", "h", required: false, a => a.UncertaintyFingerprint, (a, v) => a.UncertaintyFingerprint = v),
            new StageOption("--package-version", "v", required: false, a => a.PackageVersion, (a, v) => a.PackageVersion = v),
            new StageOption("--repository-root", "folder", required: false, a => a.RepositoryRoot ?? "", (a, v) => a.RepositoryRoot = v.Length == 0 ? null : v),
            new StageOption("--allowed-data-roots", "a;b", required: false, a => string.Join(";", a.AllowedDataRoots),
                (a, v) => a.AllowedDataRoots = v.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).ToArray()),
        };

        /// <summary>How to call the runner.</summary>
        public static string Usage =>
            "Usage: <model>.dll " + string.Join("|", ModelStage.All.Select(s => s.Name)) + " " +
            string.Join(" ", Options.Select(o => o.Required ? $"{o.Name} <{o.ValueName}>" : $"[{o.Name} <{o.ValueName}>]")) +
            ". The AiFactory.Build package's targets call it during the build.";

        /// <summary>This invocation as the runner's arguments: the stage, then every option with its value.</summary>
        public IReadOnlyList<string> ToArguments()
        {
            var arguments = new List<string> { Stage };
            foreach (StageOption option in Options)
            {
                arguments.Add(option.Name);
                arguments.Add(option.Get(this));
            }

            return arguments;
        }

        /// <summary>A copy of these arguments for another stage.</summary>
        public StageArguments For(string stage)
        {
            var copy = (StageArguments)MemberwiseClone();
            copy.Stage = stage;
            return copy;
        }

        /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with the usage.</summary>
        public static StageArguments Parse(IReadOnlyList<string> args)
        {
            if (args.Count == 0 || ModelStage.Find(args[0]) is null)
            {
                throw new ArgumentException(Usage);
            }

            var parsed = new StageArguments { Stage = args[0] };
            for (int i = 1; i < args.Count; i++)
            {
                string name = args[i];
                StageOption? option = Options.FirstOrDefault(o => o.Name == name);
                if (option is null)
                {
                    throw new ArgumentException($"Unknown option {name}. {Usage}");
                }

                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"Option {name} needs a value. {Usage}");
                }

                option.Set(parsed, args[++i]);
            }

            string[] missing = Options.Where(o => o.Required && o.Get(parsed).Length == 0).Select(o => o.Name).ToArray();
            if (missing.Length > 0)
            {
                throw new ArgumentException(string.Join(", ", missing) + (missing.Length == 1 ? " is" : " are") + $" required. {Usage}");
            }

            return parsed;
        }

        /// <inheritdoc />
        public override string ToString() => string.Join(" ", ToArguments().Select(a => a.Length == 0 ? "\"\"" : a));
    }

    /// <summary>One option of a stage's command line, with the key it has in the prepared state file.</summary>
    internal sealed class StageOption
    {
        internal StageOption(string name, string valueName, bool required, Func<StageArguments, string> get, Action<StageArguments, string> set)
        {
            Name = name;
            ValueName = valueName;
            Required = required;
            Get = get;
            Set = set;
            StateKey = StateKeyOf(name);
        }

        /// <summary>The option as written on the command line ("--training-fingerprint").</summary>
        public string Name { get; }

        /// <summary>What the value is, for the usage text.</summary>
        public string ValueName { get; }

        /// <summary>Whether the runner refuses to start without it.</summary>
        public bool Required { get; }

        /// <summary>The key in the prepared state file ("trainingFingerprint").</summary>
        public string StateKey { get; }

        /// <summary>The option's value in a set of arguments.</summary>
        public Func<StageArguments, string> Get { get; }

        /// <summary>Sets the option's value from its text.</summary>
        public Action<StageArguments, string> Set { get; }

        private static string StateKeyOf(string name)
        {
            string[] words = name.TrimStart('-').Split('-');
            return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w.Substring(1)));
        }
    }
}
