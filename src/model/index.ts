export * from "./article.js";
export * from "./common.js";
export * from "./report.js";
export * from "./event.js";
export * from "./result.js";
