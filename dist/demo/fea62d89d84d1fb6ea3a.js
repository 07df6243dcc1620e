module.exports = eval("require")("../index.js");
