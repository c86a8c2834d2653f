using System.Globalization;
using AiFactory.Manifest.Json;

namespace AiFactory.Manifest.Reading
{
    /// <summary>Words for AIF2004: what was expected, what was found, and the edit that fixes the commonest slips.</summary>
    internal static class TypeMismatch
    {
        /// <summary>"data.positive must be a string, but it is a number (1); write "1" in quotes".</summary>
        public static string Message(string keyPath, string expected, JsonNode found, string? hint = null)
        {
            string message = $"{keyPath} must be {expected}, but it is {Describe(found)}";
            string? fix = hint ?? DefaultHint(expected, found);
            return fix == null ? message : message + "; " + fix;
        }

        /// <summary>The found value in words, with scalars shown as written.</summary>
        public static string Describe(JsonNode node)
        {
            switch (node)
            {
                case JsonString s:
                    return $"a string (\"{s.Value}\")";
                case JsonNumber n:
                    return $"a number ({n.Text})";
                case JsonBoolean b:
                    return b.Value ? "true" : "false";
                default:
                    return node.KindName;
            }
        }

        private static string? DefaultHint(string expected, JsonNode found)
        {
            bool wantsString = expected.StartsWith("a string", System.StringComparison.Ordinal) ||
                               expected.StartsWith("a non-empty string", System.StringComparison.Ordinal);
            bool wantsNumber = expected.StartsWith("a number", System.StringComparison.Ordinal) ||
                               expected.StartsWith("an integer", System.StringComparison.Ordinal);
            bool wantsArray = expected.StartsWith("an array", System.StringComparison.Ordinal);

            if (wantsString && found is JsonNumber number)
            {
                return $"write \"{number.Text}\" in quotes";
            }

            if (wantsString && found is JsonBoolean boolean)
            {
                return $"write \"{(boolean.Value ? "true" : "false")}\" in quotes";
            }

            if (wantsNumber && found is JsonString text &&
                double.TryParse(text.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return $"write {text.Value.Trim()} without quotes";
            }

            if (wantsArray && found is JsonString single)
            {
                return $"write [\"{single.Value}\"] — a list, even of one";
            }

            if (found is JsonNull)
            {
                return "remove the key to use its default, or give it a value";
            }

            return null;
        }
    }
}
