using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace AiFactory.Core.Fingerprints
{
    /// <summary>SHA-256 as lower-case hex, the form every fingerprint and model hash takes.</summary>
    internal static class Sha256
    {
        /// <summary>Hash of a file's bytes.</summary>
        public static string OfFile(string path)
        {
            using var sha = SHA256.Create();
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return ToHex(sha.ComputeHash(stream));
        }

        /// <summary>Hash of bytes.</summary>
        public static string OfBytes(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return ToHex(sha.ComputeHash(bytes));
        }

        /// <summary>Hash of a string's UTF-8 bytes.</summary>
        public static string OfText(string text) => OfBytes(Encoding.UTF8.GetBytes(text));

        private static string ToHex(byte[] hash)
        {
            var sb = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash)
            {
                sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return sb.ToString();
        }
    }
}
