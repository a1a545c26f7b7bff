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

    [Fact]
    public void ReadingInvalidUtf8AsTextIsAUnicodeError()
    {
        var dir = Path.Combine(Path.GetTempPath(), "mpnet-utf8-" + Path.GetRandomFileName());
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "bad.txt"), new byte[] { 0x61, 0xFF, 0x62, 0x0A });
        File.WriteAllBytes(Path.Combine(dir, "good.txt"), new byte[] { 0x61, 0xC3, 0xA9, 0x0A });
        var r = LauncherProcess.Run(dir, null, 30000, "-c",
            "for how in ('read', 'readline', 'read1'):\n"
            + "    f = open('bad.txt')\n"
            + "    try:\n        f.read() if how == 'read' else f.readline() if how == 'readline' else f.read(2)\n"
            + "    except UnicodeError:\n        print('UnicodeError', how)\n"
            + "    f.close()\n"
            + "print(open('good.txt').read() == 'a\\xe9\\n', open('bad.txt', 'rb').read())");
        Assert.Equal("UnicodeError read\nUnicodeError readline\nUnicodeError read1\nTrue b'a\\xffb\\n'\n", r.Combined);
    }
}
