using System;
using System.Collections.Generic;
using AiFactory.Manifest.Json;

namespace AiFactory.Core.Results.Record
{
    /// <summary>
    /// An object of results.json being read into the record, with its path from the root: each accessor returns null
    /// (or the default) for a key that is absent, and throws <see cref="RunRecordFormatException"/> at the value's
    /// place when it is of another kind.
    /// </summary>
    internal sealed class RecordObject
    {
        private RecordObject(JsonObject node, string path)
        {
            Node = node;
            Path = path;
        }

        /// <summary>The object read.</summary>
        public JsonObject Node { get; }

        /// <summary>Its path from the root.</summary>
        public string Path { get; }

        /// <summary>The object <paramref name="node"/>; null when it is absent or null.</summary>
        public static RecordObject? Of(JsonNode? node, string path) =>
            node is null || node.Kind == JsonKind.Null ? null
            : node is JsonObject o ? new RecordObject(o, path)
            : throw Wrong(node, path, "an object or null");

        /// <summary>The value of <paramref name="name"/>, or null when absent.</summary>
        public JsonNode? this[string name] => Node[name];

        /// <summary>The path of a key of this object.</summary>
        public string PathOf(string name) => Path.Length == 0 ? name : Path + "." + name;

        /// <summary>An object-valued key; null when absent or null.</summary>
        public RecordObject? Object(string name) => Of(Node[name], PathOf(name));

        /// <summary>A string key; null when absent or null.</summary>
        public string? Text(string name) =>
            Value<JsonString>(name, "a string or null")?.Value;

        /// <summary>A string key that is never null in results.json; "" when absent.</summary>
        public string RequiredText(string name) =>
            Node[name] is JsonNode node ? (node as JsonString)?.Value ?? throw Wrong(node, PathOf(name), "a string") : "";

        /// <summary>A number key; null when absent or null.</summary>
        public double? Number(string name) => Value<JsonNumber>(name, "a number or null")?.Value;

        /// <summary>An integer key; null when absent or null.</summary>
        public long? Integer(string name)
        {
            JsonNumber? number = Value<JsonNumber>(name, "an integer or null");
            if (number is null) return null;
            return number.TryGetInt64(out long value) ? value : throw Wrong(number, PathOf(name), "an integer");
        }

        /// <summary>A boolean key; null when absent or null.</summary>
        public bool? Boolean(string name) => Value<JsonBoolean>(name, "true, false or null")?.Value;

        /// <summary>An array-valued key read item by item; null when absent or null.</summary>
        public IReadOnlyList<T>? Array<T>(string name, Func<JsonNode, string, T> read)
        {
            JsonArray? array = Value<JsonArray>(name, "an array or null");
            if (array is null) return null;
            var items = new List<T>(array.Items.Count);
            for (int i = 0; i < array.Items.Count; i++)
            {
                items.Add(read(array.Items[i], $"{PathOf(name)}[{i}]"));
            }

            return items;
        }

        /// <summary>An array of strings; empty when absent.</summary>
        public IReadOnlyList<string> Texts(string name) =>
            Array(name, (item, path) => (item as JsonString)?.Value ?? throw Wrong(item, path, "a string")) ?? System.Array.Empty<string>();

        /// <summary>Every key of this object but <paramref name="except"/>, in file order, with its value read.</summary>
        public IReadOnlyList<NamedValue<T>> Named<T>(Func<JsonNode, string, T> read, params string[] except)
        {
            var values = new List<NamedValue<T>>();
            foreach (JsonProperty property in Node.Properties)
            {
                if (System.Array.IndexOf(except, property.Name) < 0)
                {
                    values.Add(new NamedValue<T>(property.Name, read(property.Value, PathOf(property.Name))));
                }
            }

            return values;
        }

        /// <summary>The error for a value of another kind than <paramref name="expected"/>.</summary>
        public static RunRecordFormatException Wrong(JsonNode node, string path, string expected) =>
            new RunRecordFormatException(path.Length == 0 ? "the root" : path, node.KindName, expected, node.Line, node.Column);

        private T? Value<T>(string name, string expected)
            where T : JsonNode
        {
            JsonNode? node = Node[name];
            if (node is null || node.Kind == JsonKind.Null) return null;
            return node as T ?? throw Wrong(node, PathOf(name), expected);
        }
    }
}
