using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AiFactory.Core.DataChecks;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Profiling
{
    /// <summary>
    /// Renders a <see cref="DataReport"/> as a Markdown page a reviewer can read: the label's balance, what predicts the
    /// label or a sensitive attribute on its own, the sensitive groups, duplicates, overlap, skipped rows, and every
    /// column of every file. The page states measurements; which of them fail a gate is in the build output and results.json.
    /// </summary>
    internal static class DataProfilePage
    {
        /// <summary>The page's file name in the output folder (<c>AiFactoryOutputPath</c>).</summary>
        public const string FileName = Protocol.OutputFiles.DataProfile;

        /// <summary>The page.</summary>
        /// <param name="report">What the build found in the data.</param>
        /// <param name="modelName">model.name, for the title.</param>
        /// <param name="trainFile">How to name the training data (its path relative to the manifest), or null without training data.</param>
        /// <param name="testFile">How to name the test data.</param>
        public static string Render(DataReport report, string modelName, string? trainFile, string testFile)
        {
            if (report is null) throw new ArgumentNullException(nameof(report));
            if (testFile is null) throw new ArgumentNullException(nameof(testFile));
            var files = new List<(string Name, string Role, DataFileProfile Profile)>();
            if (report.Train != null) files.Add((trainFile ?? "training data", "training", report.Train));
            files.Add((testFile, report.Train != null ? "test" : "scored", report.Test));

            var page = new StringBuilder();
            page.Append("# Data profile: ").Append(Text(modelName)).Append("\n\n");
            page.Append("Written by AiFactory.Build at every evaluation. Measurements only: which of them fail a gate or raise a warning ")
                .Append("is in the build output and in `results.json`. How each figure is computed: docs/data-profile.md.\n\n");
            page.Append("| data | file | rows | columns | missing cells | duplicate rows | skipped rows |\n|---|---|---:|---:|---:|---:|---:|\n");
            foreach (var (name, role, profile) in files)
            {
                page.Append("| ").Append(role).Append(" | `").Append(Code(name)).Append("` | ").Append(Count(profile.Rows)).Append(" | ")
                    .Append(profile.Columns.Count).Append(" | ").Append(Count(profile.MissingCells)).Append(" (").Append(Percent(profile.MissingRate)).Append(") | ")
                    .Append(Count(profile.Duplicates.DuplicateRows)).Append(" (").Append(Percent(profile.Duplicates.Rate)).Append(") | ")
                    .Append(Count(profile.Skipped.Count)).Append(" |\n");
            }

            LabelProfile label = report.Test.Label;
            page.Append("\n## Label `").Append(Code(label.Column)).Append("`\n\n");
            page.Append("| data | `").Append(Code(label.Positive)).Append("` (positive) | `").Append(Code(label.Negative ?? "(other)"))
                .Append("` | positive rate | minority share |\n|---|---:|---:|---:|---:|\n");
            foreach (var (_, role, profile) in files)
            {
                LabelProfile l = profile.Label;
                page.Append("| ").Append(role).Append(" | ").Append(Count(l.Positives)).Append(" | ").Append(Count(l.Negatives)).Append(" | ")
                    .Append(Percent(l.PositiveRate)).Append(" | ").Append(Percent(l.MinorityShare)).Append(" |\n");
            }

            AppendLeakage(page, report, files);
            AppendProxies(page, report, files);
            AppendGroups(page, files);
            AppendRowChecks(page, report, files);
            foreach (var (name, role, profile) in files) AppendColumns(page, name, role, profile);
            return page.ToString();
        }

        private static void AppendLeakage(StringBuilder page, DataReport report, List<(string Name, string Role, DataFileProfile Profile)> files)
        {
            page.Append("\n## Label leakage\n\n");
            page.Append("How well each column predicts the label on its own, out of sample (").Append(Method(report.Leakage.Method, files))
                .Append("): the AUC of the label's rate per value or bin. About 0.5 says nothing; near 1, the column is usually known only after the outcome.\n\n");
            page.Append("| column | AUC |\n|---|---:|\n");
            foreach (ColumnAuc column in report.Leakage.Columns)
            {
                page.Append("| ").Append(Text(column.Column)).Append(" | ").Append(Figure(column.Auc)).Append(" |\n");
            }
        }

        private static void AppendProxies(StringBuilder page, DataReport report, List<(string Name, string Role, DataFileProfile Profile)> files)
        {
            if (report.Proxies.Count == 0) return;
            page.Append("\n## Proxies of sensitive attributes\n\n");
            page.Append("How well each other column predicts a sensitive attribute on its own. Strength runs from 0 (no information) to 1 ")
                .Append("(determines it): 2 × AUC − 1 for a binary attribute, bias-corrected Cramér's V for more groups.\n");
            foreach (ProxyReport proxy in report.Proxies)
            {
                page.Append("\n### `").Append(Code(proxy.Attribute)).Append("`\n\n");
                if (proxy.Measure == ProxyReport.None)
                {
                    page.Append(proxy.Groups).Append(" group").Append(proxy.Groups == 1 ? "" : "s").Append(" in the data: nothing to predict.\n");
                    continue;
                }

                bool auc = proxy.Measure == ProxyReport.Auc;
                page.Append(proxy.Groups).Append(" groups; ").Append(auc ? "out-of-sample AUC" : "bias-corrected Cramér's V")
                    .Append(" (").Append(Method(proxy.Method, files)).Append(").\n\n");
                page.Append(auc ? "| column | AUC | strength |\n|---|---:|---:|\n" : "| column | Cramér's V |\n|---|---:|\n");
                foreach (ProxyColumn column in proxy.Columns)
                {
                    page.Append("| ").Append(Text(column.Column)).Append(" | ");
                    if (auc) page.Append(Figure(column.Auc)).Append(" | ");
                    page.Append(Figure(column.Strength)).Append(" |\n");
                }
            }
        }

        private static void AppendGroups(StringBuilder page, List<(string Name, string Role, DataFileProfile Profile)> files)
        {
            DataFileProfile first = files[0].Profile;
            if (first.Groups.Count == 0) return;
            page.Append("\n## Sensitive groups\n");
            foreach (GroupProfile attribute in first.Groups)
            {
                page.Append("\n### `").Append(Code(attribute.Attribute)).Append('`');
                if (attribute.GroupedBy != GroupProfile.ByValue) page.Append(" (bins: ").Append(attribute.GroupedBy).Append(')');
                page.Append("\n\n| group |");
                foreach (var (_, role, _) in files) page.Append(' ').Append(role).Append(" rows | ").Append(role).Append(" positive rate |");
                page.Append("\n|---|");
                foreach (var _ in files) page.Append("---:|---:|");
                page.Append('\n');

                var names = new List<string>();
                foreach (var (_, _, profile) in files)
                {
                    GroupProfile? groups = profile.Groups.FirstOrDefault(g => g.Attribute == attribute.Attribute);
                    if (groups is null) continue;
                    foreach (GroupCount group in groups.Groups)
                    {
                        if (!names.Contains(group.Group)) names.Add(group.Group);
                    }
                }

                foreach (string name in names)
                {
                    page.Append("| ").Append(Text(name)).Append(" |");
                    foreach (var (_, _, profile) in files)
                    {
                        GroupCount? group = profile.Groups.FirstOrDefault(g => g.Attribute == attribute.Attribute)?.Groups.FirstOrDefault(g => g.Group == name);
                        page.Append(' ').Append(group is null ? "0" : Count(group.Rows)).Append(" | ").Append(group is null ? "—" : Percent(group.PositiveRate)).Append(" |");
                    }

                    page.Append('\n');
                }
            }
        }

        private static void AppendRowChecks(StringBuilder page, DataReport report, List<(string Name, string Role, DataFileProfile Profile)> files)
        {
            page.Append("\n## Duplicates, overlap and skipped rows\n\n");
            foreach (var (name, role, profile) in files)
            {
                DuplicateSummary duplicates = profile.Duplicates;
                page.Append("- ").Append(role).Append(" data: ").Append(Count(duplicates.DuplicateRows)).Append(" row")
                    .Append(duplicates.DuplicateRows == 1 ? " repeats" : "s repeat").Append(" an earlier row exactly (").Append(Percent(duplicates.Rate)).Append(')');
                if (duplicates.First.Count > 0)
                    page.Append("; first: ").Append(string.Join(", ", duplicates.First.Take(5).Select(m => $"line {m.Line} repeats line {m.MatchLine}")));
                page.Append(".\n");
                if (profile.Skipped.Count > 0)
                {
                    page.Append("- ").Append(role).Append(" data: ").Append(Count(profile.Skipped.Count)).Append(" unreadable row")
                        .Append(profile.Skipped.Count == 1 ? " was" : "s were").Append(" skipped (data.onBadRow \"skip\"): ")
                        .Append(string.Join("; ", profile.Skipped.First.Select(r => $"line {r.Line}: {Text(r.Reason)}")))
                        .Append(profile.Skipped.Count > profile.Skipped.First.Count ? "; …" : "").Append(".\n");
                }
            }

            if (report.Overlap != null)
            {
                OverlapSummary overlap = report.Overlap;
                page.Append("- overlap: ").Append(Count(overlap.InTraining)).Append(" of ").Append(Count(overlap.TestRows))
                    .Append(" test rows also appear in the training data (").Append(Percent(overlap.Rate)).Append(", compared on ")
                    .Append(overlap.Columns.Count).Append(" columns)");
                if (overlap.First.Count > 0)
                    page.Append("; first: ").Append(string.Join(", ", overlap.First.Take(5).Select(m => $"test line {m.Line} = training line {m.MatchLine}")));
                page.Append(".\n");
            }
        }

        private static void AppendColumns(StringBuilder page, string name, string role, DataFileProfile profile)
        {
            page.Append("\n## Columns of the ").Append(role).Append(" data `").Append(Code(name)).Append("`\n\n");
            page.Append("Type `declared` comes from data.columns, `inferred` from the values, `role` from the column's role (label, score).\n\n");
            page.Append("| column | type | missing | distinct | min | p5 | p25 | median | p75 | p95 | max | mean | std | most frequent |\n");
            page.Append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            foreach (ColumnProfile column in profile.Columns)
            {
                page.Append("| ").Append(Text(column.Name)).Append(" | ").Append(column.Type == ColumnType.Number ? "number" : "category")
                    .Append(" (").Append(column.TypeSource).Append(") | ").Append(Count(column.Missing)).Append(" (").Append(Percent(column.MissingRate)).Append(") | ")
                    .Append(Count(column.Distinct)).Append(" |");
                NumericSummary? n = column.Numbers;
                if (n is null)
                {
                    page.Append(string.Concat(Enumerable.Repeat(" |", 9)));
                }
                else
                {
                    foreach (double value in new[] { n.Min, n.P5, n.P25, n.P50, n.P75, n.P95, n.Max, n.Mean })
                    {
                        page.Append(' ').Append(Number(value)).Append(" |");
                    }

                    page.Append(' ').Append(n.StandardDeviation.HasValue ? Number(n.StandardDeviation.Value) : "—").Append(" |");
                }

                page.Append(' ');
                if (column.Top != null)
                {
                    page.Append(string.Join(", ", column.Top.Take(5).Select(c => $"{Text(c.Value)} ({Count(c.Count)})")));
                    if (column.Distinct > 5) page.Append(", …");
                }

                page.Append(" |\n");
            }
        }

        private static string Method(string method, List<(string Name, string Role, DataFileProfile Profile)> files)
        {
            string train = "`" + Code(files[0].Name) + "`", test = "`" + Code(files[files.Count - 1].Name) + "`";
            switch (method)
            {
                case CheckMethods.TrainTest: return $"learned on {train}, measured on {test}";
                case CheckMethods.CrossFitted: return $"5-fold cross-fitted on {test}";
                case CheckMethods.OnTrainingData: return $"on {train}";
                default: return $"on {test}";
            }
        }

        private static string Figure(double? value) => value.HasValue ? value.Value.ToString("0.000", CultureInfo.InvariantCulture) : "—";

        private static string Percent(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

        private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

        private static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

        /// <summary>Text in a table cell: pipes and line breaks would break the table, and Markdown characters would format it (an underscore inside a word does not, in GitHub's Markdown, so it stays readable).</summary>
        private static string Text(string value)
        {
            var text = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (c == '\r' || c == '\n') text.Append(' ');
                else if ("\\`*[]<>|".IndexOf(c) >= 0) text.Append('\\').Append(c);
                else text.Append(c);
            }

            return text.Length == 0 ? "(empty)" : text.ToString();
        }

        /// <summary>Text inside backticks: a backtick or a line break would end it, a pipe the table around it.</summary>
        private static string Code(string value) => value.Replace('`', '\'').Replace('\r', ' ').Replace('\n', ' ').Replace("|", "\\|");
    }
}
