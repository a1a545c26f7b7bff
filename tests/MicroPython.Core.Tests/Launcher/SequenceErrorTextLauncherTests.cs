using System.IO;
using Xunit;

namespace MicroPython.Tests.Launcher;

/// <summary>
/// Error texts of str/bytes/container operations as a user sees them from the launcher: MicroPython's DETAILED
/// texts, never a .NET message.
/// </summary>
public sealed class SequenceErrorTextLauncherTests
{
    private static string Run(string code)
    {
        var r = LauncherProcess.Run(Path.GetTempPath(), null, 30000, "-c", code);
        Assert.Equal(0, r.ExitCode);
        return r.Combined;
    }

    [Fact]
    public void CountsAndWidthsOfTheWrongTypeSayTheyCannotBeConvertedToInt()
    {
        var output = Run(
            "for f in (lambda: 'ab'.replace('a', 'b', 1.5), lambda: 'a b'.split(' ', '1'), lambda: 'ab'.center('5'), lambda: b'ab'.zfill(None)):\n"
            + "    try:\n        f()\n    except TypeError as e:\n        print(e)");
        Assert.Equal("can't convert float to int\ncan't convert str to int\ncan't convert str to int\ncan't convert NoneType to int\n", output);
    }

    [Fact]
    public void FillCharactersOfMoreThanOneCodePointAreRejected()
    {
        var output = Run(
            "print('x'.center(5, '😀'))\n"
            + "try:\n    'x'.center(5, '😀😀')\nexcept TypeError as e:\n    print(e)");
        Assert.Equal("😀😀x😀😀\nThe fill character must be exactly one character long\n", output);
    }

    [Fact]
    public void HugeRepeatCountsOverflow()
    {
        Assert.Equal("overflow converting long int to machine word\n", Run("try:\n    [0] * -2**70\nexcept OverflowError as e:\n    print(e)"));
    }
}
