using System.Text;

namespace Caravan.Extraction;

public class PageDecoderTests
{
    static readonly Encoding Cp1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;
    static readonly Encoding Koi8R = CodePagesEncodingProvider.Instance.GetEncoding(20866)!;
    const string Text = "<p>Привет, Алматы</p>";

    [Fact]
    public void Decode_Utf8Bom_WinsOverEverything()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<meta charset=windows-1251>" + Text)).ToArray();

        Assert.EndsWith(Text, PageDecoder.Decode(bytes, "text/html; charset=koi8-r"));
    }

    [Fact]
    public void Decode_HttpCharset_WinsOverMeta()
    {
        var bytes = Koi8R.GetBytes("<meta charset=\"windows-1251\">" + Text);

        Assert.EndsWith(Text, PageDecoder.Decode(bytes, "text/html; charset=KOI8-R"));
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")]
    public void Decode_MetaCharset_Used(string meta)
    {
        Assert.EndsWith(Text, PageDecoder.Decode(Cp1251.GetBytes(meta + Text), null));
    }

    [Fact]
    public void Decode_NoDeclaration_ValidUtf8IsUtf8()
    {
        Assert.Equal(Text, PageDecoder.Decode(Encoding.UTF8.GetBytes(Text), null));
    }

    [Fact]
    public void Decode_NoDeclaration_CyrillicSingleByteGuessedAs1251()
    {
        Assert.Equal(Text, PageDecoder.Decode(Cp1251.GetBytes(Text), null));
    }

    [Fact]
    public void Decode_UnknownLabel_FallsThrough()
    {
        Assert.Equal(Text, PageDecoder.Decode(Encoding.UTF8.GetBytes(Text), "text/html; charset=x-no-such-thing"));
    }
}
