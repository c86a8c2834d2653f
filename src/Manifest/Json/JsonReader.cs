using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace AiFactory.Manifest.Json
{
    /// <summary>
    /// Reads JSON with comments and trailing commas (the format of aifactory.json) into <see cref="JsonNode"/>s that
    /// carry 1-based lines and character columns.
    /// </summary>
    /// <remarks>
    /// Hand-written because its callers cannot use System.Text.Json: analyzers (the library fails to load in
    /// Visual Studio's analyzer host) and MSBuild tasks that must also load in .NET Framework MSBuild. It also
    /// reports positions as lines and characters, where System.Text.Json gives byte offsets.
    /// </remarks>
    internal sealed class JsonReader
    {
        private const int MaxDepth = 64;
        private readonly string _text;
        private int _pos;
        private int _line = 1;
        private int _column = 1;

        // The first '}' or ']' that starts its line at another indentation than the line that opened what it closed:
        // when something is left open at the end, that close most likely belongs to it (a brace forgotten above it).
        private MisalignedClose? _misaligned;
        private int _lineStart;
        private int _indentationLine;
        private int _indentation;

        private JsonReader(string text)
        {
            _text = text;
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _pos = 1;
                _lineStart = 1;
            }
        }

        /// <summary>Parses a whole document. Throws <see cref="JsonSyntaxException"/> at the first problem.</summary>
        public static JsonNode Parse(string text)
        {
            var reader = new JsonReader(text);
            reader.SkipTrivia();
            if (reader.AtEnd)
            {
                throw reader.Error("the file is empty; expected a JSON object");
            }

            JsonNode root = reader.ReadValue(0);
            reader.SkipTrivia();
            if (!reader.AtEnd)
            {
                throw reader.Error($"unexpected {Shown(reader.Current)} after the end of the document");
            }

            return root;
        }

        private bool AtEnd => _pos >= _text.Length;

        private const string NotANumber = "NaN and Infinity are not JSON numbers; write a finite number, such as 0.5";

        private bool IsAt(string word) => string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0;

        private char Current => _text[_pos];

        private JsonSyntaxException Error(string message) => new JsonSyntaxException(message, _line, _column);

        private void Advance()
        {
            char c = _text[_pos++];
            if (c == '\n')
            {
                _line++;
                _column = 1;
                _lineStart = _pos;
            }
            else if (c == '\r')
            {
                // CRLF counts as one line break; a lone CR as well.
                if (_pos < _text.Length && _text[_pos] == '\n')
                {
                    _pos++;
                }

                _line++;
                _column = 1;
                _lineStart = _pos;
            }
            else if (char.IsHighSurrogate(c) && _pos < _text.Length && char.IsLowSurrogate(_text[_pos]))
            {
                // A character outside the BMP is one column.
                _pos++;
                _column++;
            }
            else
            {
                _column++;
            }
        }

        private void SkipTrivia()
        {
            while (!AtEnd)
            {
                char c = Current;
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                {
                    Advance();
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                {
                    while (!AtEnd && Current != '\n' && Current != '\r')
                    {
                        Advance();
                    }
                }
                else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
                {
                    int line = _line, column = _column;
                    Advance();
                    Advance();
                    while (true)
                    {
                        if (AtEnd)
                        {
                            throw new JsonSyntaxException("a /* comment is never closed with */", line, column);
                        }

                        if (Current == '*' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
                        {
                            Advance();
                            Advance();
                            break;
                        }

                        Advance();
                    }
                }
                else
                {
                    return;
                }
            }
        }

        private JsonNode ReadValue(int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error($"the document nests deeper than {MaxDepth} levels");
            }

            if (AtEnd)
            {
                throw Error("unexpected end of the file; expected a value");
            }

            int line = _line, column = _column;
            char c = Current;
            switch (c)
            {
                case '{':
                    return ReadObject(depth);
                case '[':
                    return ReadArray(depth);
                case '"':
                    return new JsonString(line, column, ReadString());
                case 't':
                    ReadWord("true");
                    return new JsonBoolean(line, column, true);
                case 'f':
                    ReadWord("false");
                    return new JsonBoolean(line, column, false);
                case 'n':
                    ReadWord("null");
                    return new JsonNull(line, column);
                default:
                    if (c == '-' || (c >= '0' && c <= '9'))
                    {
                        return new JsonNumber(line, column, ReadNumber());
                    }

                    if (c == '\'')
                    {
                        throw Error("strings must use double quotes (\"), not single quotes");
                    }

                    if (IsAt("NaN") || IsAt("Infinity"))
                    {
                        throw Error(NotANumber);
                    }

                    throw Error($"unexpected {Shown(c)}; expected a value (object, array, string, number, true, false or null)");
            }
        }

        private JsonObject ReadObject(int depth)
        {
            int line = _line, column = _column, indentation = Indentation();
            Advance(); // {
            var properties = new List<JsonProperty>();
            SkipTrivia();
            while (true)
            {
                if (AtEnd)
                {
                    throw NeverClosed("an object", '}', line, column);
                }

                if (Current == '}')
                {
                    NoteClose(line, column, indentation, '{');
                    Advance();
                    return new JsonObject(line, column, properties);
                }

                if (Current != '"')
                {
                    throw Error(Current == '\''
                        ? "property names must use double quotes (\"), not single quotes"
                        : $"unexpected {Shown(Current)}; expected a property name in double quotes or '}}'");
                }

                int nameLine = _line, nameColumn = _column;
                string name = ReadString();
                SkipTrivia();
                if (AtEnd || Current != ':')
                {
                    throw Error($"expected ':' after the property name \"{name}\"");
                }

                Advance();
                SkipTrivia();
                JsonNode value = ReadValue(depth + 1);
                properties.Add(new JsonProperty(name, nameLine, nameColumn, value));
                SkipTrivia();
                if (AtEnd)
                {
                    continue;
                }

                if (Current == ',')
                {
                    Advance();
                    SkipTrivia();
                }
                else if (Current != '}')
                {
                    throw Error($"unexpected {Shown(Current)}; expected ',' or '}}' after the value of \"{name}\"");
                }
            }
        }

        /// <summary>
        /// The error for a container left open at the end. When an earlier close sat at the indentation of another line
        /// than the one it closed, the brace most likely missing is the one of the container opened there: the error
        /// points at it and names both places.
        /// </summary>
        private JsonSyntaxException NeverClosed(string what, char close, int line, int column)
        {
            if (_misaligned is MisalignedClose m)
            {
                return new JsonSyntaxException(
                    $"the '{m.Open}' opened here is probably never closed: the '{m.Close}' at line {m.CloseLine} that closes it is " +
                    $"indented as an outer line, and {what} opened at line {line}, column {column} is left open at the end; " +
                    $"add the missing '{m.Close}' after this value", m.OpenLine, m.OpenColumn);
            }

            return new JsonSyntaxException($"{what} opened here is never closed with '{close}'", line, column);
        }

        private void NoteClose(int openLine, int openColumn, int openIndentation, char open)
        {
            if (_misaligned != null || openLine == _line)
            {
                return;
            }

            int indentation = Indentation();
            bool startsLine = indentation == _pos - _lineStart;
            if (startsLine && indentation != openIndentation)
            {
                _misaligned = new MisalignedClose(open, Current, openLine, openColumn, _line);
            }
        }

        // Spaces and tabs before the first other character of the current line, measured once per line (a line of a
        // generated file may hold many thousands of braces).
        private int Indentation()
        {
            if (_indentationLine != _line)
            {
                int end = _lineStart;
                while (end < _text.Length && (_text[end] == ' ' || _text[end] == '\t'))
                {
                    end++;
                }

                _indentationLine = _line;
                _indentation = end - _lineStart;
            }

            return _indentation;
        }

        private sealed class MisalignedClose
        {
            public MisalignedClose(char open, char close, int openLine, int openColumn, int closeLine)
            {
                Open = open;
                Close = close;
                OpenLine = openLine;
                OpenColumn = openColumn;
                CloseLine = closeLine;
            }

            public char Open { get; }

            public char Close { get; }

            public int OpenLine { get; }

            public int OpenColumn { get; }

            public int CloseLine { get; }
        }

        private JsonArray ReadArray(int depth)
        {
            int line = _line, column = _column, indentation = Indentation();
            Advance(); // [
            var items = new List<JsonNode>();
            SkipTrivia();
            while (true)
            {
                if (AtEnd)
                {
                    throw NeverClosed("an array", ']', line, column);
                }

                if (Current == ']')
                {
                    NoteClose(line, column, indentation, '[');
                    Advance();
                    return new JsonArray(line, column, items);
                }

                items.Add(ReadValue(depth + 1));
                SkipTrivia();
                if (AtEnd)
                {
                    continue;
                }

                if (Current == ',')
                {
                    Advance();
                    SkipTrivia();
                }
                else if (Current != ']')
                {
                    throw Error($"unexpected {Shown(Current)}; expected ',' or ']' in the array");
                }
            }
        }

        private string ReadString()
        {
            int line = _line, column = _column;
            Advance(); // opening quote
            var sb = new StringBuilder();
            int escapeLine = line, escapeColumn = column;
            int pairStart = -1; // the length of sb just after an escaped high surrogate: the next escape completes the pair
            while (true)
            {
                if (AtEnd || Current == '\n' || Current == '\r')
                {
                    throw new JsonSyntaxException("a string opened here is never closed with '\"'", line, column);
                }

                char c = Current;
                if (c == '"')
                {
                    Advance();
                    return sb.ToString();
                }

                if (c == '\\')
                {
                    escapeLine = _line;
                    escapeColumn = _column;
                    Advance();
                    if (AtEnd)
                    {
                        continue;
                    }

                    char e = Current;
                    switch (e)
                    {
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'u':
                            if (_pos + 4 >= _text.Length ||
                                !int.TryParse(_text.Substring(_pos + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                            {
                                throw Error("\\u must be followed by four hexadecimal digits");
                            }

                            if (code >= 0xDC00 && code <= 0xDFFF && pairStart != sb.Length)
                            {
                                throw new JsonSyntaxException($"\\u{code:X4} is the second half of a surrogate pair with no first half before it: write the character itself, or both halves (\\uD83D\\uDE00)", escapeLine, escapeColumn);
                            }

                            sb.Append((char)code);
                            for (int i = 0; i < 4; i++)
                            {
                                Advance();
                            }

                            if (code >= 0xD800 && code <= 0xDBFF)
                            {
                                if (!(_pos + 6 < _text.Length && _text[_pos + 1] == '\\' && _text[_pos + 2] == 'u' &&
                                      int.TryParse(_text.Substring(_pos + 3, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int low) &&
                                      low >= 0xDC00 && low <= 0xDFFF))
                                {
                                    throw new JsonSyntaxException($"\\u{code:X4} is the first half of a surrogate pair, and the second (\\uDC00 to \\uDFFF) does not follow: write the character itself, or both halves (\\uD83D\\uDE00)", escapeLine, escapeColumn);
                                }

                                pairStart = sb.Length;
                            }

                            break;
                        default:
                            throw Error($"unknown escape '\\{e}' in a string (a Windows path needs '\\\\' or '/')");
                    }

                    Advance();
                    continue;
                }

                if (c < ' ')
                {
                    throw Error("a control character (such as a tab) must be escaped inside a string");
                }

                if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && _pos + 1 < _text.Length && char.IsLowSurrogate(_text[_pos + 1])))
                {
                    throw Error($"{Shown(c)} is half of a surrogate pair, alone: the text was not decoded as Unicode; save the file as UTF-8");
                }

                sb.Append(c);
                if (char.IsHighSurrogate(c))
                {
                    sb.Append(_text[_pos + 1]);
                }

                Advance();
            }
        }

        private string ReadNumber()
        {
            int start = _pos;
            if (Current == '-')
            {
                Advance();
            }

            if (AtEnd || !IsDigit(Current))
            {
                throw Error(IsAt("Infinity") ? NotANumber : "a number needs a digit after '-'");
            }

            if (Current == '0')
            {
                Advance();
                if (!AtEnd && IsDigit(Current))
                {
                    throw Error("numbers must not have leading zeros");
                }
            }
            else
            {
                SkipDigits();
            }

            if (!AtEnd && Current == '.')
            {
                Advance();
                if (AtEnd || !IsDigit(Current))
                {
                    throw Error("a number needs a digit after '.'");
                }

                SkipDigits();
            }

            if (!AtEnd && (Current == 'e' || Current == 'E'))
            {
                Advance();
                if (!AtEnd && (Current == '+' || Current == '-'))
                {
                    Advance();
                }

                if (AtEnd || !IsDigit(Current))
                {
                    throw Error("a number needs a digit in its exponent");
                }

                SkipDigits();
            }

            if (!AtEnd && (char.IsLetter(Current) || Current == '_'))
            {
                throw Error($"unexpected '{Current}' in a number");
            }

            return _text.Substring(start, _pos - start);
        }

        private void SkipDigits()
        {
            while (!AtEnd && IsDigit(Current))
            {
                Advance();
            }
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        /// <summary>A character as a message shows it: quoted when it is visible, by its code point (and name) when not.</summary>
        internal static string Shown(char c)
        {
            switch (c)
            {
                case '\uFEFF': return "U+FEFF (a byte-order mark; only the file's first character may be one)";
                case '\0': return "U+0000 (a NUL character: not a text file?)";
                case '\u00A0': return "U+00A0 (a no-break space)";
                case '\u200B': return "U+200B (a zero-width space)";
                case '\uFFFD': return "U+FFFD (the replacement character: the file was not decoded as Unicode)";
            }

            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            bool invisible = char.IsControl(c) || char.IsSurrogate(c) || category == UnicodeCategory.Format
                || category == UnicodeCategory.SpaceSeparator || category == UnicodeCategory.LineSeparator
                || category == UnicodeCategory.ParagraphSeparator;
            return invisible ? $"U+{(int)c:X4}" : $"'{c}'";
        }

        private void ReadWord(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0 ||
                (_pos + word.Length < _text.Length && char.IsLetterOrDigit(_text[_pos + word.Length])))
            {
                int end = _pos;
                while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '_'))
                {
                    end++;
                }

                string found = end > _pos ? _text.Substring(_pos, end - _pos) : _text.Substring(_pos, 1);
                throw Error($"unexpected '{found}'; strings need double quotes, and the literals are true, false and null");
            }

            for (int i = 0; i < word.Length; i++)
            {
                Advance();
            }
        }
    }
}
