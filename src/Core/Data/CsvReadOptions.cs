using System;
using System.Collections.Generic;
using AiFactory.Manifest.Diagnostics;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Data
{
    /// <summary>How <see cref="CsvTableReader"/> reads one data file: column types, missing-value markers, required columns.</summary>
    internal sealed class CsvReadOptions
    {
        /// <summary><c>data.columns</c>: declared types; a declaration wins over <see cref="ForcedTypes"/> and inference. A declared column must be in the header.</summary>
        public IReadOnlyList<ColumnDeclaration> DeclaredColumns { get; set; } = Array.Empty<ColumnDeclaration>();

        /// <summary><c>data.missingValues</c>: a field equal to one of these (exact, case-sensitive, no trimming) is missing. Default: the empty field.</summary>
        public IReadOnlyList<string> MissingValues { get; set; } = DataSection.DefaultMissingValues;

        /// <summary>Columns that must be in the header (label, score, sensitive attributes...); an absent one is AIF3003.</summary>
        public IReadOnlyList<string> RequiredColumns { get; set; } = Array.Empty<string>();

        /// <summary>Types a column's role imposes when data.columns does not declare it (the label read as category, the score as number). Applies only to columns present in the header.</summary>
        public IReadOnlyDictionary<string, ColumnType> ForcedTypes { get; set; } = new Dictionary<string, ColumnType>();

        /// <summary>
        /// <c>data.onBadRow</c>: <see cref="BadRowAction.Error"/> (default) fails on the first row with the wrong number of
        /// fields or a value that is not a number in a declared number column; <see cref="BadRowAction.Skip"/> leaves such
        /// rows out and records them in <see cref="DataTable.Skipped"/>. Problems of the file itself (quoting, encoding) always fail.
        /// </summary>
        public BadRowAction OnBadRow { get; set; } = BadRowAction.Error;

        /// <summary>Where the manifest names this file; a missing or unreadable file is reported there.</summary>
        public SourceLocation? ReferencedAt { get; set; }

        /// <summary>
        /// Replaces AIF3004 for a non-numeric value in a number column, when it returns a diagnostic: lets a column's role
        /// choose the code (a bad score is AIF3008). Arguments: column name, the raw value, its position.
        /// </summary>
        internal System.Func<string, string, SourceLocation, Diagnostic?>? NonNumericDiagnostic { get; set; }
    }
}
