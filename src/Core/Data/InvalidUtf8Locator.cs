using System.IO;
using System.Text;

namespace AiFactory.Core.Data
{
    /// <summary>Finds the first line of a file that is not valid UTF-8 (the decoder that failed only knows its buffer, not the line).</summary>
    internal static class InvalidUtf8Locator
    {
        private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>The 1-based line holding the first invalid byte sequence, or 0 when every line decodes.</summary>
        public static int FindLine(string path)
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var line = new MemoryStream();
            int lineNumber = 1;
            int previous = -1;
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                // CR and LF never occur inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
                if (b == '\n' || b == '\r')
                {
                    if (!IsValid(line)) return lineNumber;
                    line.SetLength(0);
                    if (!(b == '\n' && previous == '\r')) lineNumber++;
                }
                else
                {
                    line.WriteByte((byte)b);
                }

                previous = b;
            }

            return IsValid(line) ? 0 : lineNumber;
        }

        private static bool IsValid(MemoryStream line)
        {
            try
            {
                StrictUtf8.GetCharCount(line.GetBuffer(), 0, (int)line.Length);
                return true;
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }
}
