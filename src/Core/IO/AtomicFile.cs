using System;
using System.IO;
using System.Text;

namespace AiFactory.Core.IO
{
    /// <summary>
    /// Writes files so that a reader sees either the old contents or the new, never a half-written file: the data goes
    /// to a temporary file in the same folder (same volume, so the final step is a rename), which then replaces the
    /// target.
    /// </summary>
    internal static class AtomicFile
    {
        // UTF-8 without a byte order mark: the bytes must not depend on the platform's default encoding.
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>
        /// Writes <paramref name="contents"/> as UTF-8 without a byte order mark, unless the file already holds exactly
        /// those bytes: then it is left untouched (timestamp included, so incremental builds keyed on it stay up to
        /// date) and the method returns false.
        /// </summary>
        /// <returns>True when the file was written.</returns>
        public static bool WriteAllTextIfChanged(string path, string contents)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (contents is null)
            {
                throw new ArgumentNullException(nameof(contents));
            }

            byte[] bytes = Utf8NoBom.GetBytes(contents);
            if (HasContents(path, bytes))
            {
                return false;
            }

            WriteAllBytes(path, bytes);
            return true;
        }

        /// <summary>Writes <paramref name="bytes"/> to a temporary file beside <paramref name="path"/>, then replaces the target.</summary>
        public static void WriteAllBytes(string path, byte[] bytes)
        {
            if (bytes is null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            Write(path, stream => stream.Write(bytes, 0, bytes.Length));
        }

        /// <summary>
        /// Lets <paramref name="write"/> fill a temporary file beside <paramref name="path"/>, then replaces the target
        /// with it. When <paramref name="write"/> throws, the target keeps its old contents and the temporary file is
        /// deleted.
        /// </summary>
        public static void Write(string path, Action<Stream> write)
        {
            if (path is null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (write is null)
            {
                throw new ArgumentNullException(nameof(write));
            }

            string fullPath = Path.GetFullPath(path);
            string directory = Path.GetDirectoryName(fullPath) ?? throw new ArgumentException($"'{path}' names no file.", nameof(path));
            Directory.CreateDirectory(directory);

            // A hidden, unique name in the same folder: concurrent writers never share a temporary file.
            string temp = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }

                Replace(temp, fullPath);
            }
            finally
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }

        private static void Replace(string temp, string target)
        {
            if (File.Exists(target))
            {
                // A rename over the old file: atomic on NTFS and POSIX file systems.
                File.Replace(temp, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
            }
            else
            {
                File.Move(temp, target);
            }
        }

        private static bool HasContents(string path, byte[] bytes)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != bytes.Length)
            {
                return false;
            }

            byte[] existing;
            try
            {
                existing = File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                // Unreadable now (locked, vanished): write it again rather than trust it.
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }

            if (existing.Length != bytes.Length)
            {
                return false;
            }

            for (int i = 0; i < bytes.Length; i++)
            {
                if (existing[i] != bytes[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
