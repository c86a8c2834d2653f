using System.Collections.Generic;
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

        /// <summary>The diagnostics in file order, so the build output reads top to bottom (a stable sort keeps found order at one place).</summary>
        public static List<Diagnostic> InFileOrder(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.OrderBy(d => d.Location?.Line ?? 0).ThenBy(d => d.Location?.Column ?? 0).ToList();
    }
}
