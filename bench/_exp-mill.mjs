import jitiPkg from "jiti"
const j = jitiPkg(import.meta.url)
const { planProvenance } = j("../seed/provenance.ts")
const { planProducts } = j("../seed/plan.ts")
const planned = planProducts()
const { links, inputs } = planProvenance(planned)
console.log(links.filter(l => l.customer === "talmuehle-wagenknecht").map(l => `${l.supplier} ${l.material.de} ${l.step}`))
console.log(planned.filter(p => p.producer.handle === "talmuehle-wagenknecht").map(p => p.handle + " " + p.template.slug))
