import { describe, expect, it } from "vitest"
import { photoSizesOf, pictureOf, productPictures } from "../pictures"

const size = (width: number) => ({ width, height: (width * 3) / 4, url: `https://shop.example/static/p-${width}w.webp` })

describe("productPictures", () => {
  it("offers a photo's sizes as srcset, the largest as src with its proportions, in the producer's order", () => {
    const pictures = productPictures({
      thumbnail: size(640).url,
      images: [
        { url: "https://shop.example/static/etikett.svg", rank: 1, metadata: null },
        { url: size(1280).url, rank: 0, metadata: { photo: { width: 1500, height: 2000, sizes: [size(1280), size(320), size(640)] } } },
      ],
    })
    expect(pictures).toEqual([
      {
        src: size(1280).url,
        srcset: `${size(320).url} 320w, ${size(640).url} 640w, ${size(1280).url} 1280w`,
        width: 1280,
        height: 960,
        thumb: size(320).url,
      },
      { src: "https://shop.example/static/etikett.svg", srcset: null, width: 800, height: 600, thumb: "https://shop.example/static/etikett.svg" },
    ])
  })

  it("falls back to the thumbnail alone, and to nothing", () => {
    expect(productPictures({ thumbnail: "https://shop.example/t.svg", images: [] })).toEqual([pictureOf("https://shop.example/t.svg", [])])
    expect(productPictures({ thumbnail: null, images: null })).toEqual([])
  })

  it("ignores sizes that are not sizes (no url, no whole width)", () => {
    const image = { url: "u", metadata: { photo: { sizes: [{ width: 320 }, { width: "640", height: 480, url: "x" }, size(640), null] } } }
    expect(photoSizesOf(image)).toEqual([size(640)])
    expect(pictureOf(image.url, photoSizesOf(image)).srcset).toBeNull()
  })
})
