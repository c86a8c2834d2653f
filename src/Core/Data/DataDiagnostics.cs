using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>The AIF3xxx diagnostics of data files: each message says what is wrong, where, and how to fix it.</summary>
    internal static class DataDiagnostics
    {
        private const int MaxListed = 20;

        public static Diagnostic FileNotFound(string path, SourceLocation? referencedAt) =>
            Diagnostic.Error(DiagnosticIds.DataFileUnreadable,
                $"data file '{path}' does not exist. Fix: correct the path in aifactory.json (relative paths resolve against the manifest's folder) or create the file.",
                referencedAt ?? new SourceLocation(path, 0, 0));

        public static Diagnostic FileIsFolder(string path, SourceLocation? referencedAt) =>
            Diagnostic.Error(DiagnosticIds.DataFileUnreadable,
                $"data file '{path}' is a folder, not a file. Fix: name the CSV file inside it in aifactory.json.",
                referencedAt ?? new SourceLocation(path, 0, 0));

        public static Diagnostic FileUnreadable(string path, SourceLocation? referencedAt, string reason) =>
            Diagnostic.Error(DiagnosticIds.DataFileUnreadable,
                $"data file '{path}' cannot be read: {reason} Fix: check the file's permissions and that no other program holds it locked.",
                referencedAt ?? new SourceLocation(path, 0, 0));

        public static Diagnostic FileChanged(string path) =>
            Diagnostic.Error(DiagnosticIds.DataFileUnreadable,
                $"data file '{path}' changed while it was being read. Fix: build again once whatever writes the file has finished.",
                new SourceLocation(path, 0, 0));

        public static Diagnostic Empty(string path) =>
            Diagnostic.Error(DiagnosticIds.DataFileEmpty,
                $"data file '{FileName(path)}' is empty. Fix: write a header line and at least one data row (or point aifactory.json at the right file).",
                new SourceLocation(path, 1, 0));

        public static Diagnostic WhitespaceOnly(string path) =>
            Diagnostic.Error(DiagnosticIds.DataFileEmpty,
                $"data file '{FileName(path)}' contains only whitespace. Fix: write a header line and at least one data row (or point aifactory.json at the right file).",
                new SourceLocation(path, 1, 0));

        public static Diagnostic HeaderOnly(string path, int columnCount) =>
            Diagnostic.Error(DiagnosticIds.DataFileEmpty,
                $"data file '{FileName(path)}' has a header ({columnCount} column{(columnCount == 1 ? "" : "s")}) but no data rows. Fix: add data rows below the header.",
                new SourceLocation(path, 1, 0));

        public static Diagnostic EveryRowSkipped(string path, int count, SkippedRow first) =>
            Diagnostic.Error(DiagnosticIds.DataFileEmpty,
                $"every one of the {count.ToString("N0", CultureInfo.InvariantCulture)} rows of '{FileName(path)}' was skipped as a bad row (data.onBadRow is \"skip\"); the first, at line {first.Line}: {first.Reason}. Fix: correct the file; a file none of whose rows can be read is most likely not the file meant, or not comma-separated.",
                new SourceLocation(path, first.Line, 0));

        public static Diagnostic BlankHeader(string path, int firstDataLine) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                $"line 1 of '{FileName(path)}' is blank, but the first line must be the header (the first non-blank line is {firstDataLine}). Fix: delete the blank lines above the header.",
                new SourceLocation(path, 1, 0));

        public static Diagnostic ColumnMissing(string path, string name, IReadOnlyList<string> header, ColumnDeclaration? declaration)
        {
            var message = new StringBuilder();
            message.Append("column ").Append(Quote(name));
            if (declaration != null) message.Append(" (declared in data.columns at ").Append(declaration.Location).Append(')');
            message.Append(" is not in the header of '").Append(FileName(path)).Append('\'');
            string? suggestion = NameSuggestion.Closest(name, header);
            if (suggestion != null) message.Append(" (did you mean ").Append(Quote(suggestion)).Append("?)");
            message.Append(". The header has ").Append(header.Count).Append(header.Count == 1 ? " column: " : " columns: ").Append(List(header)).Append('.');
            message.Append(" Fix: rename the column in the file's header or correct the name in aifactory.json; names are compared exactly, case included.");
            return Diagnostic.Error(DiagnosticIds.ColumnMissing, message.ToString(), new SourceLocation(path, 1, 0));
        }

        public static Diagnostic NotNumeric(SourceLocation at, string column, string value, ColumnTypeSource source, MissingValueMarkers markers)
        {
            string why = source == ColumnTypeSource.Declared
                ? $"column {Quote(column)} is declared \"number\" in data.columns"
                : $"column {Quote(column)} must hold numbers";
            string what = IsNonFinite(value) ? "is not a finite number" : "is not a number";
            string fix = source == ColumnTypeSource.Declared
                ? $"declare {Quote(column)} as \"category\" in data.columns, or, if {Quote(value)} marks a missing value, add it to data.missingValues (now {markers.Describe()})"
                : $"correct the value, or, if {Quote(value)} marks a missing value, add it to data.missingValues (now {markers.Describe()})";
            return Diagnostic.Error(DiagnosticIds.ValueNotNumeric, $"{Quote(value)} {what}, but {why}. Fix: {fix}.", at);
        }

        public static Diagnostic WrongFieldCount(SourceLocation at, int expected, int found, bool blank)
        {
            string message = blank
                ? $"line {at.Line} is blank, but every row needs {expected} fields like the header. Fix: delete the blank line."
                : $"the row at line {at.Line} has {found} field{(found == 1 ? "" : "s")}, but the header has {expected}. Fix: give every row {expected} fields; quote a value that contains a comma (\"a,b\").";
            return Diagnostic.Error(DiagnosticIds.WrongFieldCount, message, at);
        }

        public static Diagnostic DuplicateColumn(SourceLocation at, string name, int firstField, int secondField) =>
            Diagnostic.Error(DiagnosticIds.DuplicateColumn,
                $"column {Quote(name)} appears twice in the header (fields {firstField + 1} and {secondField + 1}). Fix: rename one of them; column names must be unique.",
                at);

        public static Diagnostic UnterminatedQuote(SourceLocation at, int recordLine, string? column) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                $"a quoted field{(column is null ? "" : " of column " + Quote(column))} in the row starting at line {recordLine} has no closing quote, so the rest of the file would be one value. Fix: close the quote; write a quote inside a quoted field as two quotes (\"\").",
                at);

        public static Diagnostic TextAfterClosingQuote(SourceLocation at, char found) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                $"{Quote(found.ToString())} follows a closing quote; after a quoted field comes a comma or the end of the line. Fix: quote the whole value and write a quote inside it as two quotes (\"\").",
                at);

        public static Diagnostic RecordTooLarge(SourceLocation at, int maxChars) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                $"the row starting at line {at.Line} is longer than {maxChars.ToString("N0", CultureInfo.InvariantCulture)} characters, which usually means a quote that is never closed. Fix: close the quote; write a quote inside a quoted field as two quotes (\"\").",
                at);

        public static Diagnostic MalformedRecord(SourceLocation at, string detail) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                $"the row starting at line {at.Line} is not well-formed CSV: {detail} Fix: quote fields that contain commas, quotes or line breaks, and double quotes inside them (\"\").",
                at);

        public static Diagnostic NulCharacter(SourceLocation at) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                "the file holds a NUL character, so it is binary, not CSV text (or UTF-16 without a byte-order mark). Fix: check that aifactory.json names the right file, or save it as UTF-8 CSV.",
                at);

        public static Diagnostic InvalidUtf8(string path, int line) =>
            Diagnostic.Error(DiagnosticIds.MalformedCsv,
                $"{(line > 0 ? $"line {line}" : "the file")} is not valid UTF-8 text (a byte sequence no UTF-8 text contains, as in a binary file or a file saved as Latin-1/Windows-1252). Fix: save the file as UTF-8 (Excel: \"CSV UTF-8\").",
                new SourceLocation(path, line, 0));

        public static Diagnostic PositiveNeverSeen(string path, SourceLocation? positiveAt, string positive, string labelColumn, IReadOnlyList<string> seen, bool moreSeen)
        {
            var message = new StringBuilder();
            message.Append("no row of '").Append(FileName(path)).Append("' has label ").Append(Quote(positive))
                .Append(" in column ").Append(Quote(labelColumn)).Append("; labels seen: ").Append(seen.Count == 0 ? "none" : List(seen, moreSeen)).Append('.');
            string? suggestion = seen.FirstOrDefault(s => string.Equals(s, positive, System.StringComparison.OrdinalIgnoreCase))
                                 ?? seen.FirstOrDefault(s => string.Equals(s.Trim(), positive.Trim(), System.StringComparison.Ordinal));
            if (suggestion != null) message.Append(" Did you mean ").Append(Quote(suggestion)).Append("? Labels are compared exactly, case and spaces included.");
            message.Append(" Fix: set data.positive to the label of the positive class as the file writes it.");
            if (suggestion is null && seen.Count == 1 && !moreSeen)
                message.Append(" If ").Append(Quote(positive)).Append(" is right, this file holds only ").Append(Quote(seen[0]))
                    .Append(", and a model can't be judged on one class: use data that holds both classes.");
            return Diagnostic.Error(DiagnosticIds.InvalidLabel, message.ToString(), positiveAt ?? new SourceLocation(path, 1, 0));
        }

        public static Diagnostic LabelMissing(SourceLocation at, string column, string what) =>
            Diagnostic.Error(DiagnosticIds.InvalidLabel,
                $"the {what} in column {Quote(column)} is missing at line {at.Line}; every row needs one to judge the model. Fix: fill in the value or remove the row.",
                at);

        public static Diagnostic ThirdLabel(SourceLocation at, string column, string value, string positive, string other, int otherLine, IReadOnlyList<string> seen, bool moreSeen) =>
            Diagnostic.Error(DiagnosticIds.InvalidLabel,
                $"label {Quote(value)} in column {Quote(column)} is neither the positive class {Quote(positive)} nor {Quote(other)}, the other class (first at line {otherLine}); a binary label has exactly two values. Labels seen: {List(seen, moreSeen)}. Fix: map every value to one of the two classes, or remove the rows with other values.",
                at);

        public static Diagnostic InvalidPrediction(SourceLocation at, string column, string value, string positive, string? other) =>
            Diagnostic.Error(DiagnosticIds.InvalidLabel,
                $"prediction {Quote(value)} in column {Quote(column)} is neither the positive class {Quote(positive)}{(other is null ? "" : " nor the other class " + Quote(other))}. Fix: write each prediction as one of the label's two values.",
                at);

        public static Diagnostic SingleClass(string path, string role, int rows, bool allPositive) =>
            Diagnostic.Error(DiagnosticIds.SingleClass,
                $"every one of the {rows.ToString("N0", CultureInfo.InvariantCulture)} rows of the {role} data '{FileName(path)}' is {(allPositive ? "positive" : "negative")}: with one class a model can't be judged (auc is undefined, recall or specificity has no cases). Fix: use {role} data that holds both classes, e.g. a stratified split.",
                new SourceLocation(path, 1, 0));

        public static Diagnostic ScoreOutOfRange(SourceLocation at, string column, double score) =>
            Diagnostic.Error(DiagnosticIds.ScoreOutOfRange,
                $"score {score.ToString("R", CultureInfo.InvariantCulture)} in column {Quote(column)} is outside [0, 1]; a score is the probability of the positive class. Fix: export probabilities (apply the sigmoid to logits, divide percentages by 100).",
                at);

        public static Diagnostic ScoreMissing(SourceLocation at, string column) =>
            Diagnostic.Error(DiagnosticIds.ScoreOutOfRange,
                $"the score in column {Quote(column)} is missing at line {at.Line}; every row needs a probability in [0, 1]. Fix: score every row, or remove rows without a score.",
                at);

        public static Diagnostic ScoreNotNumeric(SourceLocation at, string column, string value) =>
            Diagnostic.Error(DiagnosticIds.ScoreOutOfRange,
                $"score {Quote(value)} in column {Quote(column)} is not a number in [0, 1]; a score is the probability of the positive class. Fix: write the probability as a number such as 0.73.",
                at);

        /// <summary>A value as messages show it: quoted, control characters escaped, long values cut.</summary>
        public static string Quote(string value)
        {
            var text = new StringBuilder("'");
            int length = System.Math.Min(value.Length, 60);
            for (int i = 0; i < length; i++)
            {
                char c = value[i];
                switch (c)
                {
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\0': text.Append("\\0"); break;
                    default: text.Append(c); break;
                }
            }

            if (value.Length > length) text.Append('…');
            return text.Append('\'').ToString();
        }

        private static string List(IReadOnlyList<string> names, bool more = false)
        {
            string listed = string.Join(", ", names.Take(MaxListed).Select(Quote));
            if (names.Count > MaxListed) return more ? $"{listed} … and more" : $"{listed} … and {names.Count - MaxListed} more";
            return more ? listed + " … and more" : listed;
        }

        private static bool IsNonFinite(string value) =>
            double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && (double.IsNaN(number) || double.IsInfinity(number));

        private static string FileName(string path) => System.IO.Path.GetFileName(path);
    }
}
