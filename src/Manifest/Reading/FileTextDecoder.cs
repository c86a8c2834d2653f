using System.Text;
using AiFactory.Manifest.Json;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// Turns the bytes of a JSON-with-comments file (manifest, policy, waivers) into text, refusing what is not text:
    /// UTF-8, with or without a byte-order mark, or UTF-16/UTF-32 with one (as File.ReadAllText detects them). Where
    /// File.ReadAllText would quietly put U+FFFD in place of a byte that is not UTF-8 (so "Prêt" saved as Latin-1 would
    /// become a model name nobody wrote), this stops at the first such byte and tells its line and character column,
    /// counted as <see cref="Json.JsonReader"/> counts them (CRLF and a lone CR end a line; the byte-order mark is not a column).
    /// </summary>
    internal static class FileTextDecoder
    {
        /// <summary>The text; throws <see cref="JsonSyntaxException"/> saying where and why the bytes are not text.</summary>
        public static string Decode(byte[] bytes)
        {
            if (StartsWith(bytes, 0xEF, 0xBB, 0xBF))
            {
                return Utf8(bytes, 3);
            }

            if (StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00))
            {
                return Units(bytes, 4, 4, bigEndian: false, "UTF-32");
            }

            if (StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF))
            {
                return Units(bytes, 4, 4, bigEndian: true, "UTF-32");
            }

            if (StartsWith(bytes, 0xFF, 0xFE))
            {
                return Units(bytes, 2, 2, bigEndian: false, "UTF-16");
            }

            if (StartsWith(bytes, 0xFE, 0xFF))
            {
                return Units(bytes, 2, 2, bigEndian: true, "UTF-16");
            }

            return Utf8(bytes, 0);
        }

        private static bool StartsWith(byte[] bytes, params byte[] prefix)
        {
            if (bytes.Length < prefix.Length)
            {
                return false;
            }

            for (int i = 0; i < prefix.Length; i++)
            {
                if (bytes[i] != prefix[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static string Utf8(byte[] bytes, int start)
        {
            var text = new StringBuilder(bytes.Length - start);
            int i = start;
            while (i < bytes.Length)
            {
                int b = bytes[i];
                int length = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                string? wrong = length == 0
                    ? (b >= 0x80 && b <= 0xBF ? "continues a character that never started" : "cannot start a character")
                    : i + length > bytes.Length ? "starts a character the file ends inside of"
                    : InvalidContinuation(bytes, i, length);
                if (wrong != null)
                {
                    throw At(text, $"the file is not UTF-8: byte 0x{b:X2} {wrong} (a file saved as Latin-1 or Windows-1252, or not a text file?); save it as UTF-8");
                }

                int code = length == 1 ? b : b & (0xFF >> (length + 1));
                for (int k = 1; k < length; k++)
                {
                    code = (code << 6) | (bytes[i + k] & 0x3F);
                }

                AppendCodePoint(text, code);
                i += length;
            }

            return text.ToString();
        }

        /// <summary>Why the bytes after a lead byte do not complete a character (the shortest form only, no surrogates), or null.</summary>
        private static string? InvalidContinuation(byte[] bytes, int i, int length)
        {
            for (int k = 1; k < length; k++)
            {
                int c = bytes[i + k];
                int low = 0x80, high = 0xBF;
                if (k == 1)
                {
                    // The second byte's range rules out overlong forms, UTF-16 surrogates and code points above U+10FFFF.
                    switch (bytes[i])
                    {
                        case 0xE0: low = 0xA0; break;
                        case 0xED: high = 0x9F; break;
                        case 0xF0: low = 0x90; break;
                        case 0xF4: high = 0x8F; break;
                    }
                }

                if (c < low || c > high)
                {
                    return $"starts a character that byte 0x{c:X2} does not continue";
                }
            }

            return null;
        }

        private static string Units(byte[] bytes, int start, int unit, bool bigEndian, string encoding)
        {
            var text = new StringBuilder((bytes.Length - start) / unit);
            int pendingHigh = -1;
            for (int i = start; i < bytes.Length; i += unit)
            {
                if (i + unit > bytes.Length)
                {
                    throw At(text, $"the file is not {encoding}: it ends inside a character; save it as UTF-8");
                }

                int code = 0;
                for (int k = 0; k < unit; k++)
                {
                    code |= bytes[i + k] << (8 * (bigEndian ? unit - 1 - k : k));
                }

                bool high = code >= 0xD800 && code <= 0xDBFF;
                bool low = code >= 0xDC00 && code <= 0xDFFF;
                string? wrong = pendingHigh >= 0 && !low ? "half of a surrogate pair stands alone"
                    : pendingHigh < 0 && low ? "half of a surrogate pair stands alone"
                    : unit == 4 && (high || low || code < 0 || code > 0x10FFFF) ? $"0x{code:X8} is not a character"
                    : null;
                if (wrong != null)
                {
                    throw At(text, $"the file is not {encoding}: {wrong}; save it as UTF-8");
                }

                if (unit == 2 && high)
                {
                    pendingHigh = code;
                    continue;
                }

                if (unit == 2 && low)
                {
                    AppendCodePoint(text, 0x10000 + ((pendingHigh - 0xD800) << 10) + (code - 0xDC00));
                    pendingHigh = -1;
                    continue;
                }

                AppendCodePoint(text, code);
            }

            if (pendingHigh >= 0)
            {
                throw At(text, $"the file is not {encoding}: half of a surrogate pair stands alone; save it as UTF-8");
            }

            return text.ToString();
        }

        private static void AppendCodePoint(StringBuilder text, int code)
        {
            if (code < 0x10000)
            {
                text.Append((char)code);
            }
            else
            {
                code -= 0x10000;
                text.Append((char)(0xD800 + (code >> 10)));
                text.Append((char)(0xDC00 + (code & 0x3FF)));
            }
        }

        /// <summary>The problem, at the place just after the text decoded so far.</summary>
        private static JsonSyntaxException At(StringBuilder decoded, string message)
        {
            int line = 1, column = 1;
            for (int i = 0; i < decoded.Length; i++)
            {
                char c = decoded[i];
                if (c == '\n' || (c == '\r' && !(i + 1 < decoded.Length && decoded[i + 1] == '\n')))
                {
                    line++;
                    column = 1;
                }
                else if (c != '\r' && !char.IsLowSurrogate(c))
                {
                    column++;
                }
            }

            return new JsonSyntaxException(message, line, column);
        }
    }
}
