using System.Collections.Generic;
using System.Globalization;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Json;
using AiFactory.Manifest.Model;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// Reads one JSON object of the manifest: reports its unknown and duplicate keys once, then hands out typed values,
    /// reporting each wrong type, missing key or out-of-range number at its place and returning null for it.
    /// </summary>
    internal sealed class ObjectReader
    {
        private readonly ReadContext _context;

        /// <summary>
        /// Opens an object at <paramref name="path"/> ("" for the top level). With <paramref name="knownKeys"/> every
        /// other key is AIF2002; without, the keys are open (column or metric names) and only duplicates are checked.
        /// </summary>
        public ObjectReader(ReadContext context, JsonObject node, string path, IReadOnlyList<string>? knownKeys)
        {
            _context = context;
            Node = node;
            Path = path;
            var first = new Dictionary<string, JsonProperty>();
            foreach (JsonProperty property in node.Properties)
            {
                if (first.TryGetValue(property.Name, out JsonProperty? earlier))
                {
                    context.Error(
                        DiagnosticIds.DuplicateKey,
                        $"'{property.Name}' is set twice {In} (first on line {earlier.Line}); remove one of them",
                        context.At(property));
                }
                else
                {
                    first.Add(property.Name, property);
                }

                if (knownKeys != null && !Contains(knownKeys, property.Name))
                {
                    ReportUnknownKey(property, knownKeys);
                }
            }
        }

        public JsonObject Node { get; }

        /// <summary>Dotted path of the object, "" at the top level.</summary>
        public string Path { get; }

        /// <summary>The object named for a message.</summary>
        public string Where => Path.Length == 0 ? "the top level" : Path;

        /// <summary>The object named after a preposition: "at the top level", "in model".</summary>
        public string In => Path.Length == 0 ? "at the top level" : "in " + Path;

        /// <summary>The dotted path of one of its keys.</summary>
        public string KeyPath(string key) => Path.Length == 0 ? key : Path + "." + key;

        public SourceLocation Location => _context.At(Node);

        /// <summary>The property that counts for a key: the last one, as with every JSON reader.</summary>
        public JsonProperty? Property(string key) => Node.GetProperty(key);

        public bool Has(string key) => Node.GetProperty(key) != null;

        /// <summary>
        /// The properties that count, in document order: the last of each name. For open objects (columns, metrics).
        /// </summary>
        public IEnumerable<JsonProperty> EffectiveProperties()
        {
            foreach (JsonProperty property in Node.Properties)
            {
                if (ReferenceEquals(Node.GetProperty(property.Name), property))
                {
                    yield return property;
                }
            }
        }

        /// <summary>AIF2006 at this object.</summary>
        public void ReportMissing(string key, string example, string? why = null)
        {
            string because = why == null ? "" : " " + why;
            _context.Error(
                DiagnosticIds.MissingKey,
                $"{Where} needs the key '{key}'{because}; add it, e.g. {example}",
                Location);
        }

        /// <summary>An object value; AIF2006 when absent and <paramref name="requiredExample"/> is given.</summary>
        public JsonObject? Object(string key, string? requiredExample = null, string? hint = null)
        {
            JsonNode? value = ValueOf(key, requiredExample);
            if (value == null)
            {
                return null;
            }

            if (value is JsonObject obj)
            {
                return obj;
            }

            WrongType(KeyPath(key), "an object ({ ... })", value, hint);
            return null;
        }

        /// <summary>A string value; empty strings are AIF2010 unless <paramref name="allowEmpty"/>.</summary>
        public JsonString? String(string key, string? requiredExample = null, bool allowEmpty = false)
        {
            JsonNode? value = ValueOf(key, requiredExample);
            return value == null ? null : CheckString(KeyPath(key), value, allowEmpty);
        }

        /// <summary>Checks that a value is a string (non-empty unless allowed); reports and returns null otherwise.</summary>
        public JsonString? CheckString(string keyPath, JsonNode value, bool allowEmpty)
        {
            if (!(value is JsonString text))
            {
                WrongType(keyPath, allowEmpty ? "a string" : "a non-empty string", value);
                return null;
            }

            if (!allowEmpty && text.Value.Trim().Length == 0)
            {
                _context.Error(DiagnosticIds.InvalidValue, $"{keyPath} is empty; give it a value", _context.At(text));
                return null;
            }

            return text;
        }

        /// <summary>A number in <paramref name="range"/> with its place; AIF2004 or AIF2005 otherwise.</summary>
        public Bound? Number(string key, NumberRange range, string? requiredExample = null)
        {
            JsonNode? value = ValueOf(key, requiredExample);
            return value == null ? null : CheckNumber(KeyPath(key), value, range);
        }

        /// <summary>Checks that a value is a number in range.</summary>
        public Bound? CheckNumber(string keyPath, JsonNode value, NumberRange range)
        {
            if (!(value is JsonNumber number))
            {
                WrongType(keyPath, "a number", value);
                return null;
            }

            if (!range.Contains(number.Value))
            {
                _context.Error(
                    DiagnosticIds.OutOfRange,
                    $"{keyPath} is {number.Text}, but it must be {range.Description}",
                    _context.At(number));
                return null;
            }

            return new Bound(number.Value, _context.At(number), number.Text);
        }

        /// <summary>An integer in <paramref name="range"/>; a number with a fraction is AIF2004.</summary>
        public Bound? Integer(string key, NumberRange range)
        {
            JsonNode? value = ValueOf(key, null);
            if (value == null)
            {
                return null;
            }

            if (value is JsonNumber number && (number.Value != System.Math.Floor(number.Value) || number.UnderflowsToZero))
            {
                WrongType(KeyPath(key), "an integer", value, $"write a whole number such as {System.Math.Floor(number.Value).ToString(CultureInfo.InvariantCulture)}");
                return null;
            }

            return CheckNumber(KeyPath(key), value, range);
        }

        /// <summary>An array of strings (items checked one by one, each reported at its place).</summary>
        public List<JsonString>? StringArray(string key, bool allowEmptyItems)
        {
            JsonNode? value = ValueOf(key, null);
            if (value == null)
            {
                return null;
            }

            if (!(value is JsonArray array))
            {
                WrongType(KeyPath(key), "an array of strings", value);
                return null;
            }

            var items = new List<JsonString>();
            bool ok = true;
            for (int i = 0; i < array.Items.Count; i++)
            {
                JsonString? item = CheckString($"{KeyPath(key)}[{i}]", array.Items[i], allowEmptyItems);
                if (item == null)
                {
                    ok = false;
                }
                else
                {
                    items.Add(item);
                }
            }

            return ok ? items : null;
        }

        /// <summary>
        /// Matches a string against the values a key allows: returns it when allowed; AIF2009 when the design names it
        /// but its feature is not released; AIF2010 with a suggestion otherwise.
        /// </summary>
        public string? Choice(string keyPath, JsonString value, IReadOnlyList<string> allowed, IReadOnlyList<string> notYet, string notYetReason)
        {
            if (Contains(allowed, value.Value))
            {
                return value.Value;
            }

            if (Contains(notYet, value.Value))
            {
                _context.Error(
                    DiagnosticIds.NotSupportedYet,
                    $"{keyPath} \"{value.Value}\" is not supported yet: {notYetReason}; use {Suggestions.List(allowed, "or")}",
                    _context.At(value));
                return null;
            }

            string? closest = Suggestions.Closest(value.Value, allowed);
            string advice = closest != null
                ? $"did you mean '{closest}'? (allowed: {Suggestions.List(allowed)})"
                : $"allowed values are {Suggestions.List(allowed)}";
            _context.Error(
                DiagnosticIds.InvalidValue,
                $"{keyPath} \"{value.Value}\" is not an allowed value; {advice}",
                _context.At(value));
            return null;
        }

        /// <summary>The texts of checked string items.</summary>
        public static string[] Values(List<JsonString> items)
        {
            var values = new string[items.Count];
            for (int i = 0; i < items.Count; i++)
            {
                values[i] = items[i].Value;
            }

            return values;
        }

        /// <summary>AIF2004 at the value.</summary>
        public void WrongType(string keyPath, string expected, JsonNode found, string? hint = null) =>
            _context.Error(DiagnosticIds.WrongType, TypeMismatch.Message(keyPath, expected, found, hint), _context.At(found));

        private JsonNode? ValueOf(string key, string? requiredExample)
        {
            JsonProperty? property = Node.GetProperty(key);
            if (property == null)
            {
                if (requiredExample != null)
                {
                    ReportMissing(key, requiredExample);
                }

                return null;
            }

            return property.Value;
        }

        private void ReportUnknownKey(JsonProperty property, IReadOnlyList<string> knownKeys)
        {
            string? closest = Suggestions.Closest(property.Name, knownKeys);
            string? home = KeyHomes.HomeOf(property.Name);
            string advice = closest != null
                ? $"did you mean '{closest}'?"
                : home != null
                    ? $"'{property.Name}' belongs in {home}"
                    : $"the keys of {Where} are {Suggestions.List(knownKeys)}";
            _context.Error(
                DiagnosticIds.UnknownKey,
                $"unknown key '{property.Name}' {In}; {advice}",
                _context.At(property));
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (string v in values)
            {
                if (v == value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
