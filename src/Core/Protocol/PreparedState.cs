using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AiFactory.Core.Protocol
{
    /// <summary>
    /// What the prepare stage found, left in the state folder (<see cref="OutputFiles.PreparedState"/>) for the later
    /// stages whether prepare ran in this build or not: the model's source and every argument of the out-of-process
    /// stages. One key=value line each; the targets read only <c>source</c> and <c>uncertaintyFingerprint</c>, to
    /// decide which stages apply.
    /// </summary>
    internal sealed class PreparedState
    {
        /// <summary>The key of the model's source ("mlnet" or "predictions").</summary>
        public const string SourceKey = "source";

        /// <summary>Creates the record.</summary>
        public PreparedState(string source, StageArguments arguments)
        {
            Source = source;
            Arguments = arguments;
        }

        /// <summary>"mlnet" or "predictions".</summary>
        public string Source { get; }

        /// <summary>The stages' arguments, without a stage name.</summary>
        public StageArguments Arguments { get; }

        /// <summary>The record as key=value lines.</summary>
        public string ToText() =>
            string.Join("\n", new[] { SourceKey + "=" + Source }
                .Concat(StageArguments.Options.Select(o => o.StateKey + "=" + o.Get(Arguments)))) + "\n";

        /// <summary>Reads what <see cref="ToText"/> wrote; keys it does not know are ignored.</summary>
        public static PreparedState Parse(string text)
        {
            var values = new Dictionary<string, string>();
            foreach (string line in text.Split('\n'))
            {
                int equals = line.IndexOf('=');
                if (equals > 0)
                {
                    values[line.Substring(0, equals)] = line.Substring(equals + 1).TrimEnd('\r');
                }
            }

            var arguments = new StageArguments();
            foreach (StageOption option in StageArguments.Options)
            {
                if (values.TryGetValue(option.StateKey, out string? value))
                {
                    option.Set(arguments, value);
                }
            }

            return new PreparedState(values.TryGetValue(SourceKey, out string? source) ? source : "", arguments);
        }

        /// <summary>Reads the record from a file.</summary>
        public static PreparedState ReadFrom(string path) => Parse(File.ReadAllText(path));
    }
}
