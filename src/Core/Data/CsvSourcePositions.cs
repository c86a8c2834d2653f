using System.IO;
using System.Text;
using AiFactory.Manifest.Diagnostics;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// Finds the physical line and character column of a field or a character inside a CSV record by re-reading the file
    /// from the record's first line. Only error paths call it, so the hot read loop never tracks columns.
    /// </summary>
    internal static class CsvSourcePositions
    {
        /// <summary>Where field <paramref name="fieldIndex"/> (0-based) of the record that starts at <paramref name="recordStartLine"/> starts.</summary>
        public static SourceLocation FieldStart(string path, int recordStartLine, int fieldIndex)
        {
            var fallback = new SourceLocation(path, recordStartLine, 0);
            try
            {
                using var cursor = new Cursor(path);
                if (!cursor.SkipToLine(recordStartLine)) return fallback;
                int field = 0;
                bool inQuotes = false;
                bool atFieldStart = true;
                while (true)
                {
                    if (field == fieldIndex && atFieldStart) return cursor.Position(path);
                    int c = cursor.Read();
                    if (c < 0) return fallback;
                    if (inQuotes)
                    {
                        if (c == '"')
                        {
                            if (cursor.Peek() == '"') cursor.Read();
                            else inQuotes = false;
                        }

                        continue;
                    }

                    if (c == ',')
                    {
                        field++;
                        atFieldStart = true;
                        continue;
                    }

                    if (c == '\r' || c == '\n') return fallback;
                    if (c == '"' && atFieldStart) inQuotes = true;
                    atFieldStart = false;
                }
            }
            catch (IOException)
            {
                return fallback;
            }
            catch (System.UnauthorizedAccessException)
            {
                return fallback;
            }
        }

        /// <summary>Where the character <paramref name="offset"/> chars into the record that starts at <paramref name="recordStartLine"/> is.</summary>
        public static SourceLocation Offset(string path, int recordStartLine, int offset)
        {
            var fallback = new SourceLocation(path, recordStartLine, 0);
            try
            {
                using var cursor = new Cursor(path);
                if (!cursor.SkipToLine(recordStartLine)) return fallback;
                for (int i = 0; i < offset; i++)
                {
                    if (cursor.Read() < 0) return fallback;
                }

                return cursor.Position(path);
            }
            catch (IOException)
            {
                return fallback;
            }
            catch (System.UnauthorizedAccessException)
            {
                return fallback;
            }
        }

        /// <summary>Reads a file char by char, knowing the line and column of the next char (CRLF, LF and CR each end a line).</summary>
        private sealed class Cursor : System.IDisposable
        {
            private readonly StreamReader _reader;
            private int _line = 1;
            private int _column = 1;
            private bool _afterCarriageReturn;
            private bool _afterHighSurrogate;

            public Cursor(string path)
            {
                // Replacement instead of throwing: positions are wanted even in a file with a bad byte further on.
                _reader = new StreamReader(path, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
            }

            public int Peek() => _reader.Peek();

            public int Read()
            {
                int c = _reader.Read();
                if (c < 0) return c;
                if (c == '\n')
                {
                    if (!_afterCarriageReturn) NewLine();
                    _afterCarriageReturn = false;
                    return c;
                }

                _afterCarriageReturn = c == '\r';
                if (c == '\r')
                {
                    NewLine();
                    return c;
                }

                // A surrogate pair is one character on screen, so one column.
                if (!(char.IsLowSurrogate((char)c) && _afterHighSurrogate)) _column++;
                _afterHighSurrogate = char.IsHighSurrogate((char)c);
                return c;
            }

            public bool SkipToLine(int line)
            {
                while (_line < line)
                {
                    if (Read() < 0) return false;
                }

                // A CRLF's LF belongs to the previous line.
                if (_afterCarriageReturn && _reader.Peek() == '\n') Read();
                return true;
            }

            public SourceLocation Position(string path) => new SourceLocation(path, _line, _column);

            public void Dispose() => _reader.Dispose();

            private void NewLine()
            {
                _line++;
                _column = 1;
                _afterHighSurrogate = false;
            }
        }
    }
}
