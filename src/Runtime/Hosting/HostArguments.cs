using System;
using System.Collections.Generic;
using System.Linq;

namespace AiFactory.Hosting
{
    /// <summary>The command line the build passes to the runner (<c>train</c>, <c>evaluate</c> or <c>estimate-uncertainty</c> and its options).</summary>
    public sealed class HostArguments
    {
        /// <summary>"train", "evaluate" or "estimate-uncertainty".</summary>
        public string Command { get; private set; } = "";

        /// <summary>The commands the runner knows.</summary>
        public static readonly IReadOnlyList<string> Commands = new[] { "train", "evaluate", "estimate-uncertainty" };

        /// <summary>Full path of aifactory.json.</summary>
        public string ManifestPath { get; private set; } = "";

        /// <summary>The output folder (AiFactoryOutputPath): model, results, predictions.</summary>
        public string OutputPath { get; private set; } = "";

        /// <summary>The state folder in obj/: evaluation record, run log.</summary>
        public string StatePath { get; private set; } = "";

        /// <summary>The current training fingerprint computed by the build.</summary>
        public string TrainingFingerprint { get; private set; } = "";

        /// <summary>The current evaluation fingerprint computed by the build.</summary>
        public string EvaluationFingerprint { get; private set; } = "";

        /// <summary>The current uncertainty fingerprint computed by the build (estimate-uncertainty records it).</summary>
        public string UncertaintyFingerprint { get; private set; } = "";

        /// <summary>The package version that runs the stage.</summary>
        public string PackageVersion { get; private set; } = "";

        /// <summary>The repository root used to check data paths.</summary>
        public string? RepositoryRoot { get; private set; }

        /// <summary>Extra allowed data roots.</summary>
        public IReadOnlyList<string> AllowedDataRoots { get; private set; } = Array.Empty<string>();

        /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a usage message.</summary>
        public static HostArguments Parse(IReadOnlyList<string> args)
        {
            if (args.Count == 0 || !Commands.Contains(args[0]))
            {
                throw new ArgumentException(Usage);
            }

            var parsed = new HostArguments { Command = args[0] };
            for (int i = 1; i < args.Count; i++)
            {
                string name = args[i];
                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"Option {name} needs a value. {Usage}");
                }

                string value = args[++i];
                switch (name)
                {
                    case "--manifest": parsed.ManifestPath = value; break;
                    case "--output": parsed.OutputPath = value; break;
                    case "--state": parsed.StatePath = value; break;
                    case "--training-fingerprint": parsed.TrainingFingerprint = value; break;
                    case "--evaluation-fingerprint": parsed.EvaluationFingerprint = value; break;
                    case "--uncertainty-fingerprint": parsed.UncertaintyFingerprint = value; break;
                    case "--package-version": parsed.PackageVersion = value; break;
                    case "--repository-root": parsed.RepositoryRoot = value.Length == 0 ? null : value; break;
                    case "--allowed-data-roots":
                        parsed.AllowedDataRoots = value.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).ToArray();
                        break;
                    default: throw new ArgumentException($"Unknown option {name}. {Usage}");
                }
            }

            if (parsed.ManifestPath.Length == 0 || parsed.OutputPath.Length == 0 || parsed.StatePath.Length == 0)
            {
                throw new ArgumentException($"--manifest, --output and --state are required. {Usage}");
            }

            return parsed;
        }

        /// <summary>How to call the runner.</summary>
        public const string Usage =
            "Usage: <model>.dll train|evaluate|estimate-uncertainty --manifest <aifactory.json> --output <folder> --state <folder> " +
            "[--training-fingerprint <h>] [--evaluation-fingerprint <h>] [--uncertainty-fingerprint <h>] [--package-version <v>] " +
            "[--repository-root <folder>] [--allowed-data-roots <a;b>]. The AiFactory.Build package's targets call it during the build.";
    }
}
