using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiFactory.Core.Json
{
    /// <summary>
    /// A minimal, deterministic JSON writer: objects, arrays, strings, numbers, booleans and null, indented with two
    /// spaces and '\n' line breaks whatever the platform, so that the same values always give the same bytes.
    /// </summary>
    /// <remarks>
    /// Not System.Text.Json: this assembly runs inside .NET Framework MSBuild (Visual Studio), where that library is
    /// not available without shipping extra dependencies that can clash with the host's. Doubles are written with the
    /// shortest text that parses back to the same bits, in the invariant culture; NaN and infinities, which JSON
    /// cannot express, are written as null.
    /// </remarks>
    internal sealed class JsonTextWriter
    {
        private const string Indent = "  ";

        private readonly StringBuilder _text = new StringBuilder();
        private readonly Stack<Scope> _scopes = new Stack<Scope>();
        private bool _pendingName;
        private bool _rootWritten;

        private enum ScopeKind
        {
            Object,
            Array,
        }

        /// <summary>True once the root value is complete.</summary>
        public bool IsComplete => _rootWritten && _scopes.Count == 0;

        /// <summary>Starts an object: <c>{</c>.</summary>
        public void StartObject()
        {
            BeforeValue();
            _text.Append('{');
            _scopes.Push(new Scope(ScopeKind.Object));
        }

        /// <summary>Ends the current object: <c>}</c>.</summary>
        public void EndObject() => End(ScopeKind.Object, '}');

        /// <summary>Starts an array: <c>[</c>.</summary>
        public void StartArray()
        {
            BeforeValue();
            _text.Append('[');
            _scopes.Push(new Scope(ScopeKind.Array));
        }

        /// <summary>Ends the current array: <c>]</c>.</summary>
        public void EndArray() => End(ScopeKind.Array, ']');

        /// <summary>Writes a property name inside an object; the next call writes its value.</summary>
        public void PropertyName(string name)
        {
            if (name is null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (_scopes.Count == 0 || _scopes.Peek().Kind != ScopeKind.Object || _pendingName)
            {
                throw new InvalidOperationException("A property name can only be written inside an object, before its value.");
            }

            Scope scope = _scopes.Peek();
            if (scope.Count > 0)
            {
                _text.Append(',');
            }

            scope.Count++;
            NewLine(_scopes.Count);
            AppendQuoted(_text, name);
            _text.Append(": ");
            _pendingName = true;
        }

        /// <summary>Writes a string, or null.</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                Null();
                return;
            }

            BeforeValue();
            AppendQuoted(_text, value);
        }

        /// <summary>Writes a double (shortest round-trip text, invariant culture); NaN and infinities become null.</summary>
        public void Number(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                Null();
                return;
            }

            BeforeValue();
            _text.Append(FormatDouble(value));
        }

        /// <summary>Writes a double, or null.</summary>
        public void Number(double? value)
        {
            if (value.HasValue)
            {
                Number(value.Value);
            }
            else
            {
                Null();
            }
        }

        /// <summary>Writes an integer.</summary>
        public void Number(long value)
        {
            BeforeValue();
            _text.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>Writes an integer, or null.</summary>
        public void Number(long? value)
        {
            if (value.HasValue)
            {
                Number(value.Value);
            }
            else
            {
                Null();
            }
        }

        /// <summary>Writes <c>true</c> or <c>false</c>.</summary>
        public void Boolean(bool value)
        {
            BeforeValue();
            _text.Append(value ? "true" : "false");
        }

        /// <summary>Writes <c>null</c>.</summary>
        public void Null()
        {
            BeforeValue();
            _text.Append("null");
        }

        /// <summary>Writes a property whose value is a string or null.</summary>
        public void Property(string name, string? value)
        {
            PropertyName(name);
            String(value);
        }

        /// <summary>Writes a property whose value is a double or null.</summary>
        public void Property(string name, double? value)
        {
            PropertyName(name);
            Number(value);
        }

        /// <summary>Writes a property whose value is an integer or null.</summary>
        public void Property(string name, long? value)
        {
            PropertyName(name);
            Number(value);
        }

        /// <summary>Writes a property whose value is a boolean.</summary>
        public void Property(string name, bool value)
        {
            PropertyName(name);
            Boolean(value);
        }

        /// <summary>Writes a property whose value is an array of strings.</summary>
        public void Property(string name, IEnumerable<string> values)
        {
            PropertyName(name);
            StartArray();
            foreach (string value in values)
            {
                String(value);
            }

            EndArray();
        }

        /// <summary>The document, ending with a line break. Throws while an object or array is still open.</summary>
        public override string ToString()
        {
            if (!IsComplete)
            {
                throw new InvalidOperationException("The JSON document is not complete: an object or array is still open, or nothing was written.");
            }

            return _text.ToString() + "\n";
        }

        /// <summary>
        /// The shortest invariant text that parses back to exactly <paramref name="value"/> ("R"), falling back to 17
        /// significant digits where "R" does not round-trip (a known .NET Framework defect on 64-bit).
        /// </summary>
        public static string FormatDouble(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "JSON has no representation for NaN or infinity.");
            }

            string text = value.ToString("R", CultureInfo.InvariantCulture);
            double back = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (BitConverter.DoubleToInt64Bits(back) != BitConverter.DoubleToInt64Bits(value))
            {
                text = value.ToString("G17", CultureInfo.InvariantCulture);
            }

            return text;
        }

        /// <summary>
        /// Appends <paramref name="value"/> as a JSON string: quotes, backslash and control characters escaped as RFC
        /// 8259 requires; a lone surrogate escaped as <c>\uXXXX</c> so that the output stays valid UTF-8.
        /// </summary>
        public static void AppendQuoted(StringBuilder builder, string value)
        {
            builder.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\b': builder.Append("\\b"); break;
                    case '\f': builder.Append("\\f"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            AppendUnicodeEscape(builder, c);
                        }
                        else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            builder.Append(c).Append(value[i + 1]);
                            i++;
                        }
                        else if (char.IsSurrogate(c))
                        {
                            AppendUnicodeEscape(builder, c);
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }

        private static void AppendUnicodeEscape(StringBuilder builder, char c) =>
            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

        private void BeforeValue()
        {
            if (_scopes.Count == 0)
            {
                if (_rootWritten)
                {
                    throw new InvalidOperationException("A JSON document has a single root value.");
                }

                _rootWritten = true;
                return;
            }

            Scope scope = _scopes.Peek();
            if (scope.Kind == ScopeKind.Object)
            {
                if (!_pendingName)
                {
                    throw new InvalidOperationException("A value inside an object needs a property name first.");
                }

                _pendingName = false;
                return;
            }

            if (scope.Count > 0)
            {
                _text.Append(',');
            }

            scope.Count++;
            NewLine(_scopes.Count);
        }

        private void End(ScopeKind kind, char close)
        {
            if (_scopes.Count == 0 || _scopes.Peek().Kind != kind || _pendingName)
            {
                throw new InvalidOperationException($"Nothing to close with '{close}' here.");
            }

            Scope scope = _scopes.Pop();
            if (scope.Count > 0)
            {
                NewLine(_scopes.Count);
            }

            _text.Append(close);
        }

        private void NewLine(int depth)
        {
            _text.Append('\n');
            for (int i = 0; i < depth; i++)
            {
                _text.Append(Indent);
            }
        }

        private sealed class Scope
        {
            public Scope(ScopeKind kind)
            {
                Kind = kind;
            }

            public ScopeKind Kind { get; }

            public int Count { get; set; }
        }
    }
}
