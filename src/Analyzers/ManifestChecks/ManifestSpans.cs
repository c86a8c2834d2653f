using AiFactory.Manifest.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace AiFactory.Analyzers.ManifestChecks
{
    /// <summary>
    /// Turns the manifest reader's positions (1-based line, 1-based column counted in characters, a character outside
    /// the BMP being one column) into a span of the manifest's text covering the JSON token that starts there.
    /// </summary>
    internal static class ManifestSpans
    {
        /// <summary>The location of <paramref name="position"/> in the manifest file.</summary>
        public static Location Locate(string path, SourceText text, SourceLocation? position)
        {
            if (position == null || position.Line <= 0 || position.Line > text.Lines.Count)
            {
                // A problem of the whole file: its start.
                return Location.Create(path, new TextSpan(0, 0), new LinePositionSpan(LinePosition.Zero, LinePosition.Zero));
            }

            TextLine line = text.Lines[position.Line - 1];
            int start = line.Start;
            for (int column = 1; column < position.Column && start < line.End; column++)
            {
                start += char.IsHighSurrogate(text[start]) && start + 1 < line.End && char.IsLowSurrogate(text[start + 1]) ? 2 : 1;
            }

            int end = TokenEnd(text, start, line.End);
            var span = TextSpan.FromBounds(start, end);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }

        // A string to its closing quote, a number or word to its last character, anything else one character.
        private static int TokenEnd(SourceText text, int start, int lineEnd)
        {
            if (start >= lineEnd)
            {
                return start;
            }

            char first = text[start];
            int position = start + 1;
            if (first == '"')
            {
                while (position < lineEnd)
                {
                    char c = text[position++];
                    if (c == '\\')
                    {
                        position++;
                    }
                    else if (c == '"')
                    {
                        break;
                    }
                }

                return System.Math.Min(position, lineEnd);
            }

            if (char.IsLetterOrDigit(first) || first == '-' || first == '+' || first == '.')
            {
                while (position < lineEnd && (char.IsLetterOrDigit(text[position]) || text[position] == '.' || text[position] == '-' || text[position] == '+'))
                {
                    position++;
                }
            }

            return position;
        }
    }
}
