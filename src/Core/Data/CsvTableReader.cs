using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;
using Sylvan.Data.Csv;

namespace AiFactory.Core.Data
{
    /// <summary>
    /// Reads a CSV data file (UTF-8, comma-separated, header on line 1, RFC 4180 quoting) into a typed <see cref="DataTable"/>.
    /// Every problem with the file is a <see cref="DiagnosticException"/> with an AIF3xxx code at file(line[,col]).
    /// </summary>
    internal static class CsvTableReader
    {
        /// <summary>The longest record accepted, in chars; longer almost always means a quote that is never closed.</summary>
        public const int MaxRecordChars = 16 * 1024 * 1024;

        private const int InitialRows = 1024;
        private const int RowsPerGrowth = 8192;
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>Reads a data file.</summary>
        /// <param name="path">The CSV file.</param>
        /// <param name="options">Declared and forced column types, missing-value markers, required columns.</param>
        /// <returns>Every column of the header, in order, typed: declared, else forced, else inferred.</returns>
        /// <exception cref="DiagnosticException">AIF3001–AIF3005, AIF3009 or AIF3010 at the place in the file that is wrong.</exception>
        public static DataTable Read(string path, CsvReadOptions options)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (options is null) throw new ArgumentNullException(nameof(options));
            var markers = new MissingValueMarkers(options.MissingValues ?? throw new ArgumentException("MissingValues is null.", nameof(options)));
            Dictionary<string, ColumnDeclaration> declared = IndexDeclarations(options.DeclaredColumns ?? throw new ArgumentException("DeclaredColumns is null.", nameof(options)));
            if (options.RequiredColumns is null) throw new ArgumentException("RequiredColumns is null.", nameof(options));
            if (options.ForcedTypes is null) throw new ArgumentException("ForcedTypes is null.", nameof(options));

            // Category columns intern their strings through Sylvan's string factory, by field index.
            var pools = Array.Empty<CategoryPool?>();
            CsvDataReaderOptions csvOptions = CreateCsvOptions(ordinal => ordinal < pools.Length ? pools[ordinal] : null);

            int nextLine = 1; // the physical line where the record being read starts
            string[]? names = null;
            ColumnBuilder[] builders;
            int rows = 0;
            int[] lines;
            bool skipBadRows = options.OnBadRow == BadRowAction.Skip;
            var skipped = new BadRowLog();
            using (FileStream stream = Open(path, options.ReferencedAt))
            {
                if (stream.Length == 0) throw new DiagnosticException(DataDiagnostics.Empty(path));
                try
                {
                    using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                    using CsvDataReader csv = CsvDataReader.Create(text, csvOptions);
                    var raw = new RawRecord();
                    if (!csv.Read()) throw new DiagnosticException(DataDiagnostics.Empty(path)); // only a byte-order mark
                    raw.Load(csv);
                    if (raw.NulOffset >= 0) throw new DiagnosticException(DataDiagnostics.NulCharacter(CsvSourcePositions.Offset(path, 1, raw.NulOffset)));
                    nextLine = 1 + raw.LineBreaks;
                    if (raw.IsWhitespace()) ThrowBlankHeader(path, csv, raw, nextLine);

                    int fieldCount = csv.RowFieldCount;
                    names = new string[fieldCount];
                    for (int i = 0; i < fieldCount; i++) names[i] = csv.GetString(i);
                    CheckDuplicates(path, names);
                    CheckRequired(path, names, options.RequiredColumns, declared);

                    int capacity = 0;
                    lines = new int[InitialRows];
                    builders = new ColumnBuilder[fieldCount];
                    pools = new CategoryPool?[fieldCount];
                    for (int i = 0; i < fieldCount; i++)
                    {
                        ColumnTypeSource source = TypeOf(names[i], declared, options.ForcedTypes, out ColumnType type);
                        builders[i] = new ColumnBuilder(names[i], i, type, source, markers);
                        pools[i] = builders[i].Pool;
                    }

                    var scratch = new char[64];
                    for (int record = 0; csv.Read(); record++)
                    {
                        int line = nextLine;
                        raw.Load(csv);
                        nextLine += raw.LineBreaks;
                        if (raw.NulOffset >= 0) throw new DiagnosticException(DataDiagnostics.NulCharacter(CsvSourcePositions.Offset(path, line, raw.NulOffset)));
                        if (csv.RowFieldCount != fieldCount)
                        {
                            if (!skipBadRows)
                                throw new DiagnosticException(DataDiagnostics.WrongFieldCount(new SourceLocation(path, line, 0), fieldCount, csv.RowFieldCount, raw.IsBlank));
                            skipped.Add(record, line, raw.IsBlank ? "blank line" : $"{csv.RowFieldCount} field{(csv.RowFieldCount == 1 ? "" : "s")}, the header has {fieldCount}");
                            continue;
                        }

                        if (rows == capacity)
                        {
                            capacity += RowsPerGrowth;
                            foreach (ColumnBuilder builder in builders) builder.EnsureRows(capacity);
                        }

                        if (rows == lines.Length) Array.Resize(ref lines, lines.Length * 2);

                        string? badRow = null;
                        for (int i = 0; i < fieldCount && badRow is null; i++)
                        {
                            ColumnBuilder builder = builders[i];
                            if (builder.Deferred) continue;
                            if (builder.Type == ColumnType.Number)
                            {
                                string? value = ReadNumber(csv, i, raw.HasQuote, markers, builder, rows, ref scratch);
                                if (value is null) continue;
                                if (builder.Source != ColumnTypeSource.Inferred)
                                {
                                    if (!skipBadRows) throw new DiagnosticException(NonNumeric(path, line, builder, value, markers, options));
                                    badRow = NotANumber(value, builder.Name);
                                    continue;
                                }

                                // A row about to be skipped must not decide a column's type: check the rest of it first.
                                if (skipBadRows && (badRow = FirstBadNumber(csv, builders, i + 1, markers)) != null) continue;
                                builder.DemoteToCategory();
                                pools[i] = builder.Pool;
                                if (builder.Deferred) continue;
                            }

                            // Sylvan hands the field to the column's pool, which numbers it (or finds it a missing-value marker).
                            builder.SetCode(rows, builder.Pool!.CodeOfReturned(csv.GetString(i)));
                        }

                        // The values of a skipped row were written at index `rows`; the next row overwrites them.
                        if (badRow != null)
                        {
                            skipped.Add(record, line, badRow);
                            continue;
                        }

                        lines[rows++] = line;
                    }
                }
                catch (CsvInvalidCharacterException e) when (e.InvalidCharacter == '"')
                {
                    string? column = names != null && e.FieldOrdinal >= 0 && e.FieldOrdinal < names.Length ? names[e.FieldOrdinal] : null;
                    throw new DiagnosticException(DataDiagnostics.UnterminatedQuote(CsvSourcePositions.FieldStart(path, nextLine, e.FieldOrdinal), nextLine, column));
                }
                catch (CsvInvalidCharacterException e)
                {
                    throw new DiagnosticException(DataDiagnostics.TextAfterClosingQuote(CsvSourcePositions.Offset(path, nextLine, e.RecordOffset), e.InvalidCharacter));
                }
                catch (CsvRecordTooLargeException)
                {
                    throw new DiagnosticException(DataDiagnostics.RecordTooLarge(new SourceLocation(path, nextLine, 0), MaxRecordChars));
                }
                catch (CsvFormatException e)
                {
                    throw new DiagnosticException(DataDiagnostics.MalformedRecord(new SourceLocation(path, nextLine, 0), e.Message));
                }
                catch (DecoderFallbackException)
                {
                    throw new DiagnosticException(DataDiagnostics.InvalidUtf8(path, InvalidUtf8Locator.FindLine(path)));
                }
                catch (IOException e)
                {
                    throw new DiagnosticException(DataDiagnostics.FileUnreadable(path, options.ReferencedAt, e.Message));
                }
            }

            if (rows == 0 && skipped.Count > 0) throw new DiagnosticException(DataDiagnostics.EveryRowSkipped(path, skipped.Count, skipped.ToSkippedRows().First[0]));
            if (rows == 0) throw new DiagnosticException(DataDiagnostics.HeaderOnly(path, builders.Length));
            Array.Resize(ref lines, rows);
            FillDeferred(path, builders, rows, skipped.Records);
            var columns = new DataColumn[builders.Length];
            for (int i = 0; i < builders.Length; i++) columns[i] = builders[i].Build(rows, everyRowKept: skipped.Count == 0);
            return new DataTable(path, columns, lines, skipped.ToSkippedRows());
        }

        /// <summary>Stores field <paramref name="i"/> as a number (NaN when missing) and returns null, or returns its text when it is not a finite number.</summary>
        private static string? ReadNumber(CsvDataReader csv, int i, bool recordHasQuote, MissingValueMarkers markers, ColumnBuilder builder, int row, ref char[] scratch)
        {
            double value;
            if (recordHasQuote)
            {
                // The length Sylvan reports for a quoted field counts its quotes, so quoted records take the string path.
                string text = csv.GetString(i);
                if (markers.IsMarker(text))
                {
                    builder.SetNumber(row, double.NaN);
                    return null;
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !IsFinite(value)) return text;
                builder.SetNumber(row, value);
                return null;
            }

            // Unquoted: the field's length is exact; its chars are copied into a reused buffer, never into a string.
            int length = (int)csv.GetChars(i, 0, null!, 0, 0);
            if (scratch.Length < length) scratch = new char[Math.Max(length, scratch.Length * 2)];
            csv.GetChars(i, 0, scratch, 0, length);
            if (markers.HasLength(length) && markers.IsMarker(scratch, length))
            {
                builder.SetNumber(row, double.NaN);
                return null;
            }

            // NaN means missing here, so a literal "NaN" must be listed as a marker to mean that; infinities are not data.
            if (!InvariantNumberParser.TryParse(scratch, length, out value) || !IsFinite(value)) return new string(scratch, 0, length);
            builder.SetNumber(row, value);
            return null;
        }

        /// <summary>The first field from <paramref name="start"/> on that a declared or forced number column can't read, as a reason; else null.</summary>
        private static string? FirstBadNumber(CsvDataReader csv, ColumnBuilder[] builders, int start, MissingValueMarkers markers)
        {
            for (int i = start; i < builders.Length; i++)
            {
                ColumnBuilder builder = builders[i];
                if (builder.Type != ColumnType.Number || builder.Source == ColumnTypeSource.Inferred || builder.Deferred) continue;
                string text = csv.GetString(i);
                if (markers.IsMarker(text)) continue;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !IsFinite(value))
                    return NotANumber(text, builder.Name);
            }

            return null;
        }

        private static string NotANumber(string value, string column) =>
            $"{DataDiagnostics.Quote(value)} in number column {DataDiagnostics.Quote(column)}";

        private static Diagnostic NonNumeric(string path, int line, ColumnBuilder builder, string value, MissingValueMarkers markers, CsvReadOptions options)
        {
            SourceLocation at = CsvSourcePositions.FieldStart(path, line, builder.Ordinal);
            return options.NonNumericDiagnostic?.Invoke(builder.Name, value, at)
                   ?? DataDiagnostics.NotNumeric(at, builder.Name, value, builder.Source, markers);
        }

        /// <summary>Fills the columns that turned out to be categories after numbers were read, from a second pass over the file.</summary>
        private static void FillDeferred(string path, ColumnBuilder[] builders, int rows, IReadOnlyList<int> skippedRecords)
        {
            var deferred = new List<ColumnBuilder>();
            var pools = new CategoryPool?[builders.Length];
            foreach (ColumnBuilder builder in builders)
            {
                if (!builder.Deferred) continue;
                builder.StartSecondPass(rows);
                pools[builder.Ordinal] = builder.Pool;
                deferred.Add(builder);
            }

            if (deferred.Count == 0) return;
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                using CsvDataReader csv = CsvDataReader.Create(text, CreateCsvOptions(ordinal => ordinal < pools.Length ? pools[ordinal] : null));
                if (!csv.Read()) throw new DiagnosticException(DataDiagnostics.FileChanged(path));
                int nextSkipped = 0;
                for (int row = 0, record = 0; row < rows; record++)
                {
                    if (!csv.Read()) throw new DiagnosticException(DataDiagnostics.FileChanged(path));
                    if (nextSkipped < skippedRecords.Count && skippedRecords[nextSkipped] == record)
                    {
                        nextSkipped++;
                        continue;
                    }

                    if (csv.RowFieldCount != builders.Length) throw new DiagnosticException(DataDiagnostics.FileChanged(path));
                    foreach (ColumnBuilder builder in deferred)
                    {
                        builder.SetCode(row, builder.Pool!.CodeOfReturned(csv.GetString(builder.Ordinal)));
                    }

                    row++;
                }

                // Skipped records may follow the last row read.
                while (csv.Read())
                {
                    if (nextSkipped >= skippedRecords.Count) throw new DiagnosticException(DataDiagnostics.FileChanged(path));
                    nextSkipped++;
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is CsvFormatException || e is DecoderFallbackException)
            {
                throw new DiagnosticException(DataDiagnostics.FileChanged(path));
            }
        }

        /// <summary>Line 1 holds only whitespace: either the whole file does, or the header is not on line 1.</summary>
        private static void ThrowBlankHeader(string path, CsvDataReader csv, RawRecord raw, int nextLine)
        {
            while (csv.Read())
            {
                int line = nextLine;
                raw.Load(csv);
                nextLine += raw.LineBreaks;
                if (!raw.IsWhitespace()) throw new DiagnosticException(DataDiagnostics.BlankHeader(path, line));
            }

            throw new DiagnosticException(DataDiagnostics.WhitespaceOnly(path));
        }

        private static void CheckDuplicates(string path, string[] names)
        {
            var first = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                if (first.TryGetValue(names[i], out int earlier))
                    throw new DiagnosticException(DataDiagnostics.DuplicateColumn(CsvSourcePositions.FieldStart(path, 1, i), names[i], earlier, i));
                first.Add(names[i], i);
            }
        }

        private static void CheckRequired(string path, string[] names, IReadOnlyList<string> required, Dictionary<string, ColumnDeclaration> declared)
        {
            var header = new HashSet<string>(names, StringComparer.Ordinal);
            foreach (string name in required)
            {
                if (!header.Contains(name)) throw new DiagnosticException(DataDiagnostics.ColumnMissing(path, name, names, null));
            }

            foreach (ColumnDeclaration declaration in declared.Values)
            {
                if (!header.Contains(declaration.Name)) throw new DiagnosticException(DataDiagnostics.ColumnMissing(path, declaration.Name, names, declaration));
            }
        }

        private static ColumnTypeSource TypeOf(string name, Dictionary<string, ColumnDeclaration> declared, IReadOnlyDictionary<string, ColumnType> forced, out ColumnType type)
        {
            if (declared.TryGetValue(name, out ColumnDeclaration? declaration))
            {
                type = declaration.Type;
                return ColumnTypeSource.Declared;
            }

            if (forced.TryGetValue(name, out type)) return ColumnTypeSource.Forced;
            type = ColumnType.Number; // until a value proves otherwise
            return ColumnTypeSource.Inferred;
        }

        private static Dictionary<string, ColumnDeclaration> IndexDeclarations(IReadOnlyList<ColumnDeclaration> declarations)
        {
            // Insertion order is kept for messages: Dictionary enumerates in insertion order when nothing is removed.
            var index = new Dictionary<string, ColumnDeclaration>(StringComparer.Ordinal);
            foreach (ColumnDeclaration declaration in declarations)
            {
                if (index.ContainsKey(declaration.Name))
                    throw new DiagnosticException(DiagnosticIds.DuplicateKey,
                        $"data.columns declares {DataDiagnostics.Quote(declaration.Name)} twice. Fix: keep one declaration.", declaration.Location);
                index.Add(declaration.Name, declaration);
            }

            return index;
        }

        private static FileStream Open(string path, SourceLocation? referencedAt)
        {
            if (Directory.Exists(path)) throw new DiagnosticException(DataDiagnostics.FileIsFolder(path, referencedAt));
            if (!File.Exists(path)) throw new DiagnosticException(DataDiagnostics.FileNotFound(path, referencedAt));
            try
            {
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                throw new DiagnosticException(DataDiagnostics.FileUnreadable(path, referencedAt, e.Message));
            }
        }

        private static CsvDataReaderOptions CreateCsvOptions(Func<int, CategoryPool?> poolOf) =>
            new CsvDataReaderOptions
            {
                // The header is read as an ordinary record so its raw text (and so its line count) is visible too.
                HasHeaders = false,
                Delimiter = ',',
                Quote = '"',
                Escape = '"',
                Comment = '\0', // '#' would otherwise silently drop rows that start with it
                CsvStyle = CsvStyle.Standard,
                ResultSetMode = ResultSetMode.SingleResult,
                BufferSize = 1 << 16,
                MaxBufferSize = MaxRecordChars,
                Culture = CultureInfo.InvariantCulture,
                ColumnStringFactory = (reader, ordinal, buffer, offset, length) =>
                    poolOf(ordinal)?.Get(buffer, offset, length) ?? new string(buffer, offset, length),
            };

        private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

        /// <summary>The raw text of the current record (quotes, line ends and all) and what the read loop needs to know of it.</summary>
        private sealed class RawRecord
        {
            private char[] _buffer = new char[4096];
            private int _length;

            /// <summary>Line ends inside and at the end of the record (CRLF, LF and CR each count one).</summary>
            public int LineBreaks { get; private set; }

            public bool HasQuote { get; private set; }

            /// <summary>Offset of the first NUL char, or -1.</summary>
            public int NulOffset { get; private set; }

            /// <summary>Nothing but a line end.</summary>
            public bool IsBlank =>
                _length == 0
                || (_length == 1 && (_buffer[0] == '\n' || _buffer[0] == '\r'))
                || (_length == 2 && _buffer[0] == '\r' && _buffer[1] == '\n');

            public void Load(CsvDataReader csv)
            {
                int needed = csv.GetRawRecord(null!, 0);
                if (needed > _buffer.Length) _buffer = new char[Math.Max(needed, _buffer.Length * 2)];
                _length = csv.GetRawRecord(_buffer, 0);
                int breaks = 0;
                bool quote = false;
                int nul = -1;
                char[] buffer = _buffer;
                for (int k = 0; k < _length; k++)
                {
                    char c = buffer[k];
                    if (c > '"') continue;
                    switch (c)
                    {
                        case '\n':
                            if (k == 0 || buffer[k - 1] != '\r') breaks++;
                            break;
                        case '\r':
                            breaks++;
                            break;
                        case '"':
                            quote = true;
                            break;
                        case '\0':
                            if (nul < 0) nul = k;
                            break;
                    }
                }

                LineBreaks = breaks;
                HasQuote = quote;
                NulOffset = nul;
            }

            public bool IsWhitespace()
            {
                for (int k = 0; k < _length; k++)
                {
                    if (!char.IsWhiteSpace(_buffer[k])) return false;
                }

                return true;
            }
        }
    }
}
