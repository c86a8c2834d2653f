using System.Collections.Generic;
using System.Globalization;

namespace AiFactory.Manifest.Json
{
    /// <summary>The kind of a <see cref="JsonNode"/>.</summary>
    internal enum JsonKind
    {
        /// <summary>An object: <c>{ ... }</c>.</summary>
        Object,
        /// <summary>An array: <c>[ ... ]</c>.</summary>
        Array,
        /// <summary>A string.</summary>
        String,
        /// <summary>A number.</summary>
        Number,
        /// <summary><c>true</c> or <c>false</c>.</summary>
        Boolean,
        /// <summary><c>null</c>.</summary>
        Null,
    }

    /// <summary>
    /// A JSON value with the 1-based line and 1-based character column where it starts, so that every
    /// problem found in a manifest can be reported at its place.
    /// </summary>
    internal abstract class JsonNode
    {
        /// <summary>Creates a node at a position.</summary>
        protected JsonNode(int line, int column)
        {
            Line = line;
            Column = column;
        }

        /// <summary>1-based line of the first character of the value.</summary>
        public int Line { get; }

        /// <summary>1-based character (not byte) column of the first character of the value.</summary>
        public int Column { get; }

        /// <summary>The kind of value.</summary>
        public abstract JsonKind Kind { get; }

        /// <summary>A word for the kind, as used in error messages ("an object", "a number", ...).</summary>
        public string KindName => DescribeKind(Kind);

        /// <summary>Describes a kind in words for error messages.</summary>
        public static string DescribeKind(JsonKind kind) => kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "a string",
            JsonKind.Number => "a number",
            JsonKind.Boolean => "true or false",
            _ => "null",
        };
    }

    /// <summary>A property of a <see cref="JsonObject"/>: its name, the name's position, and its value.</summary>
    internal sealed class JsonProperty
    {
        /// <summary>Creates a property.</summary>
        public JsonProperty(string name, int line, int column, JsonNode value)
        {
            Name = name;
            Line = line;
            Column = column;
            Value = value;
        }

        /// <summary>The property name.</summary>
        public string Name { get; }

        /// <summary>1-based line of the opening quote of the name.</summary>
        public int Line { get; }

        /// <summary>1-based character column of the opening quote of the name.</summary>
        public int Column { get; }

        /// <summary>The value.</summary>
        public JsonNode Value { get; }
    }

    /// <summary>A JSON object. Properties keep their order; duplicates are kept so that callers can report them.</summary>
    internal sealed class JsonObject : JsonNode
    {
        /// <summary>Creates an object.</summary>
        public JsonObject(int line, int column, IReadOnlyList<JsonProperty> properties) : base(line, column)
        {
            Properties = properties;
        }

        /// <inheritdoc />
        public override JsonKind Kind => JsonKind.Object;

        /// <summary>The properties in document order, duplicates included.</summary>
        public IReadOnlyList<JsonProperty> Properties { get; }

        /// <summary>The last property with this name (ordinal), or null.</summary>
        public JsonProperty? GetProperty(string name)
        {
            if (Properties.Count <= IndexFrom)
            {
                for (int i = Properties.Count - 1; i >= 0; i--)
                {
                    if (Properties[i].Name == name)
                    {
                        return Properties[i];
                    }
                }

                return null;
            }

            // A large object (a generated list of 200,000 columns) is looked up by name once per key: an index keeps
            // reading it linear, where scanning it for each key would take hours.
            if (_lastByName == null)
            {
                var index = new Dictionary<string, JsonProperty>(Properties.Count, System.StringComparer.Ordinal);
                foreach (JsonProperty property in Properties)
                {
                    index[property.Name] = property;
                }

                _lastByName = index;
            }

            return _lastByName.TryGetValue(name, out JsonProperty? found) ? found : null;
        }

        /// <summary>The number of properties above which lookups go through an index.</summary>
        private const int IndexFrom = 16;

        private Dictionary<string, JsonProperty>? _lastByName;

        /// <summary>The value of the last property with this name, or null.</summary>
        public JsonNode? this[string name] => GetProperty(name)?.Value;
    }

    /// <summary>A JSON array.</summary>
    internal sealed class JsonArray : JsonNode
    {
        /// <summary>Creates an array.</summary>
        public JsonArray(int line, int column, IReadOnlyList<JsonNode> items) : base(line, column)
        {
            Items = items;
        }

        /// <inheritdoc />
        public override JsonKind Kind => JsonKind.Array;

        /// <summary>The items in order.</summary>
        public IReadOnlyList<JsonNode> Items { get; }
    }

    /// <summary>A JSON string.</summary>
    internal sealed class JsonString : JsonNode
    {
        /// <summary>Creates a string.</summary>
        public JsonString(int line, int column, string value) : base(line, column)
        {
            Value = value;
        }

        /// <inheritdoc />
        public override JsonKind Kind => JsonKind.String;

        /// <summary>The unescaped value.</summary>
        public string Value { get; }
    }

    /// <summary>A JSON number; the source text is kept so that integers and decimals round-trip exactly.</summary>
    internal sealed class JsonNumber : JsonNode
    {
        /// <summary>Creates a number from its source text.</summary>
        public JsonNumber(int line, int column, string text) : base(line, column)
        {
            Text = text;
            // .NET Framework throws on overflow where .NET Core returns infinity; both become infinity here, so a
            // huge number is reported as out of range by the manifest rules on every MSBuild.
            Value = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : text.StartsWith("-", System.StringComparison.Ordinal) ? double.NegativeInfinity : double.PositiveInfinity;
        }

        /// <inheritdoc />
        public override JsonKind Kind => JsonKind.Number;

        /// <summary>The number as written.</summary>
        public string Text { get; }

        /// <summary>The number as a double.</summary>
        public double Value { get; }

        /// <summary>True when the number written is not zero but too small for a double, which reads it as 0 (<c>1e-999</c>).</summary>
        public bool UnderflowsToZero
        {
            get
            {
                if (Value != 0)
                {
                    return false;
                }

                foreach (char c in Text)
                {
                    if (c == 'e' || c == 'E')
                    {
                        return false;
                    }

                    if (c >= '1' && c <= '9')
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>True when the number is an integer that fits in a long; its value in <paramref name="value"/>.</summary>
        public bool TryGetInt64(out long value) =>
            long.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A JSON boolean.</summary>
    internal sealed class JsonBoolean : JsonNode
    {
        /// <summary>Creates a boolean.</summary>
        public JsonBoolean(int line, int column, bool value) : base(line, column)
        {
            Value = value;
        }

        /// <inheritdoc />
        public override JsonKind Kind => JsonKind.Boolean;

        /// <summary>The value.</summary>
        public bool Value { get; }
    }

    /// <summary>JSON null.</summary>
    internal sealed class JsonNull : JsonNode
    {
        /// <summary>Creates null at a position.</summary>
        public JsonNull(int line, int column) : base(line, column)
        {
        }

        /// <inheritdoc />
        public override JsonKind Kind => JsonKind.Null;
    }
}
