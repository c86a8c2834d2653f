using System.Collections.Generic;
using System.Linq;
using System.Text;
using AiFactory.Core.Fairness;
using AiFactory.Core.Gates;
using AiFactory.Core.Profiling;
using AiFactory.Core.Protocol;
using AiFactory.Core.Results.Record;
using AiFactory.Manifest.Model;

namespace AiFactory.Core.Reports.ModelCard
{
    /// <summary>
    /// model-card.md (docs/model-card.md): Model Card Toolkit's sections in GitHub-flavoured Markdown. The figures come
    /// from the run record as results.json holds them, the words from the manifest's <c>model</c> and <c>model.card</c>;
    /// a section with nothing to say is left out, which the risk tier allows only for the fields it does not require.
    /// </summary>
    internal sealed class ModelCardReport : IRunReport
    {
        public string FileName => OutputFiles.ModelCard;

        public string Render(ReportInput input)
        {
            RunRecord record = input.Record;
            ModelSection model = input.Manifest.Model;
            var page = new StringBuilder();
            page.Append("# Model card: ").Append(Cell(model.Name)).Append('\n');
            Verdict(page, record);
            Details(page, record, model);
            IntendedUse(page, model);
            Data(page, record);
            ModelCardFigures.Quantitative(page, record);
            // Explanations (the record's permutation importance) go here, between the figures and the considerations.
            Considerations(page, model.Card);
            return page.ToString();
        }

        private static void Verdict(StringBuilder page, RunRecord record)
        {
            IReadOnlyList<GateResultRecord> gates = record.Gates ?? new List<GateResultRecord>();
            List<GateResultRecord> failed = gates.Where(g => g.Status == GateStatusNames.Of(GateStatus.Failed)).ToList();
            page.Append('\n');
            if (record.Passed == false || failed.Count > 0)
            {
                page.Append("> [!CAUTION]\n> **This model failed governance:** ")
                    .Append(failed.Count).Append(" of ").Append(gates.Count).Append(gates.Count == 1 ? " gate" : " gates")
                    .Append(" failed. It must not be used as it is.\n>\n");
                foreach (GateResultRecord gate in failed)
                {
                    page.Append("> - `").Append(gate.Id).Append("`: ").Append(ModelCardFigures.Shortfall(gate)).Append(At(gate.Location)).Append('\n');
                }
            }
            else
            {
                page.Append("This model passed governance: ").Append(gates.Count == 1 ? "its gate" : $"all {gates.Count} gates")
                    .Append(" passed or were waived in this build.\n");
            }
        }

        private static void Details(StringBuilder page, RunRecord record, ModelSection model)
        {
            page.Append("\n## Model details\n\n");
            if (model.Card.Overview != null) page.Append(Text(model.Card.Overview)).Append("\n\n");
            page.Append("- **Name:** ").Append(Cell(model.Name)).Append('\n');
            page.Append("- **Task:** ").Append(record.Model?.Task ?? model.Task).Append('\n');
            page.Append("- **Version:** ");
            page.Append(record.ModelHash != null ? $"model `{record.ModelHash}`" : "predictions scored by another system");
            if (record.Fingerprints != null) page.Append(", evaluation `").Append(record.Fingerprints.Evaluation).Append('`');
            if (record.PackageVersion != null) page.Append(", judged by AiFactory.Build ").Append(record.PackageVersion);
            page.Append('\n');
            if (model.Owners.Count > 0) page.Append("- **Owners:** ").Append(string.Join(", ", model.Owners.Select(Cell))).Append('\n');
            page.Append("- **Risk tier:** ").Append(RiskTiers.NameOf(model.RiskTier))
                .Append(model.RiskTierLocation == null ? " (the default: model.riskTier is not written)" : "").Append('\n');
            if (record.DecisionThreshold != null)
                page.Append("- **Decision threshold:** ").Append(GateNumberFormat.Threshold(record.DecisionThreshold.Value)).Append('\n');
            if (model.Card.License != null) page.Append("- **License:** ").Append(Cell(model.Card.License)).Append('\n');
            if (record.Policy != null) page.Append("- **Policy:** ").Append(record.Policy.Name ?? record.Policy.File).Append('\n');
            List(page, "References", model.Card.References, "###");
        }

        private static void IntendedUse(StringBuilder page, ModelSection model)
        {
            ModelCardSection card = model.Card;
            if (model.IntendedUse == null && card.Users.Count == 0 && card.UseCases.Count == 0 && card.OutOfScope.Count == 0) return;
            page.Append("\n## Intended use\n");
            if (model.IntendedUse != null) page.Append('\n').Append(Text(model.IntendedUse)).Append('\n');
            List(page, "Users", card.Users, "###");
            List(page, "Use cases", card.UseCases, "###");
            List(page, "Out-of-scope uses", card.OutOfScope, "###");
        }

        private static void Data(StringBuilder page, RunRecord record)
        {
            if (record.Data == null) return;
            page.Append("\n## Data\n\n| file | path | rows | missing cells | positive rate |\n|---|---|---:|---:|---:|\n");
            if (record.Data.Train != null) DataRow(page, "train", record.Data.Train);
            DataRow(page, "test", record.Data.Test);
            DataFileProfile? profile = record.Data.Test.Profile ?? record.Data.Train?.Profile;
            if (profile != null && profile.Groups.Count > 0)
            {
                page.Append("\nSensitive attributes: ")
                    .Append(string.Join(", ", profile.Groups.Select(g => $"`{g.Attribute}` ({g.Groups.Count} groups)"))).Append(".\n");
            }

            page.Append("\nThe full profile is in data-profile.md beside this card.\n");
        }

        private static void DataRow(StringBuilder page, string which, DataFileRecord file)
        {
            DataFileProfile? p = file.Profile;
            page.Append("| ").Append(which).Append(" | `").Append(file.Path).Append("` | ")
                .Append(file.Rows.HasValue ? GateNumberFormat.Count(file.Rows.Value) : "—").Append(" | ")
                .Append(p == null ? "—" : $"{GateNumberFormat.Count(p.MissingCells)} ({GateNumberFormat.Fixed(p.MissingRate * 100, 2)}%)").Append(" | ")
                .Append(p == null || p.Rows == 0 ? "—" : GateNumberFormat.Fixed((double)p.Label.Positives / p.Rows, 4)).Append(" |\n");
        }

        private static void Considerations(StringBuilder page, ModelCardSection card)
        {
            if (card.Limitations.Count + card.Tradeoffs.Count + card.EthicalConsiderations.Count + card.Risks.Count == 0) return;
            page.Append("\n## Considerations\n");
            List(page, "Limitations", card.Limitations, "###");
            List(page, "Trade-offs", card.Tradeoffs, "###");
            List(page, "Ethical considerations", card.EthicalConsiderations, "###");
            if (card.Risks.Count > 0)
            {
                page.Append("\n### Risks and mitigations\n\n| risk | mitigation |\n|---|---|\n");
                foreach (CardRisk risk in card.Risks) page.Append("| ").Append(Cell(risk.Risk)).Append(" | ").Append(Cell(risk.Mitigation)).Append(" |\n");
            }
        }

        private static void List(StringBuilder page, string heading, IReadOnlyList<string> items, string level)
        {
            if (items.Count == 0) return;
            page.Append('\n').Append(level).Append(' ').Append(heading).Append("\n\n");
            foreach (string item in items) page.Append("- ").Append(Text(item)).Append('\n');
        }

        internal static string At(LocationRecord? location) =>
            location == null ? "" : $" (set at {location.File}({location.Line},{location.Column}))";

        /// <summary>Text written by people, on one line of the page.</summary>
        internal static string Text(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Trim();

        /// <summary>Text in a table cell: one line, pipes escaped.</summary>
        internal static string Cell(string text) => Text(text).Replace("|", "\\|");
    }
}
