namespace MicroPython.Memory;

/// <summary>
/// The table sizes MicroPython's hash maps and sets grow through (py/map.c): a table is rehashed only when it is
/// full, to the first size in this sequence above the old one, then by half again (odd) past its end. Dicts and sets
/// keep the MicroPython size alongside their own storage so their charge follows the board's.
/// </summary>
public static class MapAllocation
{
    private static readonly int[] s_sizes =
    {
        0, 2, 4, 6, 8, 10, 12,
        17, 23, 29, 37, 47, 59, 73,
        97, 127, 167, 223, 293, 389, 521, 691, 919, 1223, 1627, 2161,
        2827, 3739, 4987, 6653, 8867, 11839, 15773, 21031, 28037, 37369,
        49807, 66413, 88547, 118031, 157363, 209813, 279707, 372941, 497263, 663013, 884021,
    };

    /// <summary>The smallest table size of at least <paramref name="count"/> slots.</summary>
    public static int SizeFor(int count)
    {
        var sizes = s_sizes;
        for (int i = 0; i < sizes.Length; i++)
        {
            if (sizes[i] >= count)
            {
                return sizes[i];
            }
        }

        return (count + count / 2) | 1;
    }
}
