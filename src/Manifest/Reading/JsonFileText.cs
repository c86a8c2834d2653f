using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;

namespace AiFactory.Manifest.Reading
{
    /// <summary>What every reader of a JSON-with-comments file of the product (manifest, policy, waivers) does first and last.</summary>
    internal static class JsonFileText
    {
        /// <summary>Parses the text; a syntax error is AIF2001 at its place, and null is returned.</summary>
        public static JsonNode? Parse(ReadContext context, string text)
        {
            try
            {
                return JsonReader.Parse(text);
            }
            catch (JsonSyntaxException e)
            {
                context.Error(
                    DiagnosticIds.InvalidJson,
                    $"not valid JSON: {e.Message} (comments and trailing commas are allowed)",
                    new SourceLocation(context.ManifestPath, e.Line, e.Column));
                return null;
            }
        }

        /// <summary>
        /// The text of a file's bytes (<see cref="FileTextDecoder"/>); bytes that are not text are AIF2001 at the place of
        /// the first wrong one, in <paramref name="notText"/>, and null is returned.
        /// </summary>
        public static string? Decode(string path, byte[] bytes, out Diagnostic? notText)
        {
            notText = null;
            try
            {
                return FileTextDecoder.Decode(bytes);
            }
            catch (JsonSyntaxException e)
            {
                notText = Diagnostic.Error(DiagnosticIds.InvalidJson, $"not valid JSON: {e.Message}", new SourceLocation(path, e.Line, e.Column));
                return null;
            }
        }

        /// <summary>
        /// The most problems one file reports: a file with more (a generated manifest with a million wrong array items)
        /// reports these, the last saying how many more there are, rather than flood the build log.
        /// </summary>
        public const int MaxReported = 100;

        /// <summary>
        /// The diagnostics in file order, so the build output reads top to bottom (a stable sort keeps found order at one
        /// place), at most <see cref="MaxReported"/> of them.
        /// </summary>
        public static List<Diagnostic> InFileOrder(IEnumerable<Diagnostic> diagnostics)
        {
            List<Diagnostic> ordered = diagnostics.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0).ToList();
            if (ordered.Count <= MaxReported)
            {
                return ordered;
            }

            // The last one shown carries the count. (Reading a file finds errors only, so what is left out never
            // turns a failed reading into a passed one.)
            List<Diagnostic> shown = ordered.GetRange(0, MaxReported);
            Diagnostic last = shown[MaxReported - 1];
            int hidden = ordered.Count - MaxReported;
            string more = $" ({hidden.ToString("N0", CultureInfo.InvariantCulture)} more problem{(hidden == 1 ? "" : "s")} in this file not shown: fix these first)";
            shown[MaxReported - 1] = new Diagnostic(last.Code, last.Severity, last.Message + more, last.Location);
            return shown;
        }
    }
}
