namespace Caravan.Web; public static class Placeholder {}
