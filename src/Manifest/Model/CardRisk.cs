namespace AiFactory.Manifest.Model
{
    /// <summary>An entry of <c>model.card.risks</c>: a risk the model carries and what reduces it.</summary>
    internal sealed class CardRisk
    {
        /// <summary>Creates a risk.</summary>
        public CardRisk(string risk, string mitigation)
        {
            Risk = risk;
            Mitigation = mitigation;
        }

        /// <summary><c>risk</c>.</summary>
        public string Risk { get; }

        /// <summary><c>mitigation</c>.</summary>
        public string Mitigation { get; }
    }
}
