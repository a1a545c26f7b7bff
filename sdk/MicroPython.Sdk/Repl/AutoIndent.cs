using System.Text;

namespace MicroPython.Sdk.Repl;

/// <summary>
/// How many spaces the editor pre-inserts on a continuation line (repl.md §3.2): the previous line's indent in
/// whole levels of 4, one more after a line ending in <c>:</c>, none once two lines in a row were blank.
/// </summary>
internal static class AutoIndent
{
    /// <summary>
    /// The indent for a new line of <paramref name="buffer"/>, which holds every line entered so far, each ended
    /// by <c>\n</c>. Zero for a first line.
    /// </summary>
    public static int SpacesFor(StringBuilder buffer)
    {
        int len = buffer.Length;
        if (len <= 1 || buffer[len - 1] != '\n')
        {
            return 0;
        }

        // start = first character of the line just entered, firstNonSpace = its first non-space character.
        int start = len - 1;
        while (start > 0 && buffer[start - 1] != '\n')
        {
            start--;
        }

        int firstNonSpace = start;
        while (firstNonSpace < len && buffer[firstNonSpace] == ' ')
        {
            firstNonSpace++;
        }

        if (start > 0 && firstNonSpace + 1 == len && PreviousLineIsBlank(buffer, start))
        {
            // Two blank lines in a row end auto-indent, so a block can be finished by pressing Enter.
            return 0;
        }

        int levels = (firstNonSpace - start) / 4;
        if (buffer[len - 2] == ':')
        {
            levels++;
        }

        return 4 * levels;
    }

    /// <summary>Whether the line before the one starting at <paramref name="lineStart"/> holds only spaces.</summary>
    private static bool PreviousLineIsBlank(StringBuilder buffer, int lineStart)
    {
        for (int k = lineStart - 1; k > 0; k--)
        {
            char c = buffer[k - 1];
            if (c == '\n')
            {
                return true;
            }

            if (c != ' ')
            {
                return false;
            }
        }

        // The first line, all spaces: MicroPython's scan stops here without deciding, so indentation goes on.
        return false;
    }
}
