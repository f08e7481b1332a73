// @ts-nocheck
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const auditEntry_message = validate20;
const schema31 = {"$id":"auditEntry_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"audit_entry"},"data":{"$ref":"components.json#/$defs/AuditEntry"}}}]};
const schema33 = {"title":"WsEnvelope","description":"Every WebSocket message, in both directions, is one JSON text frame with this envelope.","type":"object","required":["message_type","data"],"properties":{"message_type":{"type":"string"},"data":{},"timestamp":{"type":"number","description":"Unix time in seconds with a millisecond fraction. The server sets it on every message it sends; clients may leave it out."},"scn":{"type":"integer","minimum":1,"description":"SCN of the commit the message reports, on messages about committed changes."},"subscription_id":{"type":"string","minLength":1,"maxLength":128,"description":"On /api/v1/ws only: the subscription a message belongs to."}},"additionalProperties":false};
const schema34 = {"title":"AuditEntry","description":"One record of the audit trail: who did what, from where, with what outcome. Records cannot be changed or deleted through any API.","type":"object","required":["id","time","userId","username","via","ip","surface","operation","target","outcome","status","requestId","detail"],"properties":{"id":{"type":"integer","minimum":1,"description":"Increases with each record."},"time":{"type":"string","format":"date-time"},"userId":{"type":["string","null"]},"username":{"type":["string","null"],"description":"The user acting, or the name tried in a failed sign-in."},"via":{"type":"string","enum":["token","api_key","password","none"],"description":"How the caller authenticated."},"ip":{"type":["string","null"]},"surface":{"type":"string","enum":["rest","graphql","websocket"]},"operation":{"type":"string","description":"The operationId, GraphQL field or channel."},"target":{"type":["string","null"],"description":"What the operation acted on: a path, a table, a user."},"outcome":{"type":"string","enum":["success","failure","denied"]},"status":{"type":["integer","null"],"description":"The HTTP status, where there is one."},"requestId":{"type":["string","null"]},"detail":{"type":["string","null"]}},"additionalProperties":false};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const func3 = Object.prototype.hasOwnProperty;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="auditEntry_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("audit_entry" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "audit_entry"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.time === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.userId === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.username === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "username"},message:"must have required property '"+"username"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.via === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "via"},message:"must have required property '"+"via"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.ip === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "ip"},message:"must have required property '"+"ip"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.surface === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "surface"},message:"must have required property '"+"surface"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.operation === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.target === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.outcome === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "outcome"},message:"must have required property '"+"outcome"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data5.status === undefined){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.requestId === undefined){
const err23 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "requestId"},message:"must have required property '"+"requestId"+"'"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data5.detail === undefined){
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key1 in data5){
if(!(func3.call(schema34.properties, key1))){
const err25 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.id !== undefined){
let data6 = data5.id;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err26 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/AuditEntry/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err27 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/AuditEntry/properties/id/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.time !== undefined){
let data7 = data5.time;
if(typeof data7 === "string"){
if(!(formats0.validate(data7))){
const err28 = {instancePath:instancePath+"/data/time",schemaPath:"components.json#/$defs/AuditEntry/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/data/time",schemaPath:"components.json#/$defs/AuditEntry/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.userId !== undefined){
let data8 = data5.userId;
if((typeof data8 !== "string") && (data8 !== null)){
const err30 = {instancePath:instancePath+"/data/userId",schemaPath:"components.json#/$defs/AuditEntry/properties/userId/type",keyword:"type",params:{type: schema34.properties.userId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.username !== undefined){
let data9 = data5.username;
if((typeof data9 !== "string") && (data9 !== null)){
const err31 = {instancePath:instancePath+"/data/username",schemaPath:"components.json#/$defs/AuditEntry/properties/username/type",keyword:"type",params:{type: schema34.properties.username.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.via !== undefined){
let data10 = data5.via;
if(typeof data10 !== "string"){
const err32 = {instancePath:instancePath+"/data/via",schemaPath:"components.json#/$defs/AuditEntry/properties/via/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((((data10 === "token") || (data10 === "api_key")) || (data10 === "password")) || (data10 === "none"))){
const err33 = {instancePath:instancePath+"/data/via",schemaPath:"components.json#/$defs/AuditEntry/properties/via/enum",keyword:"enum",params:{allowedValues: schema34.properties.via.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data5.ip !== undefined){
let data11 = data5.ip;
if((typeof data11 !== "string") && (data11 !== null)){
const err34 = {instancePath:instancePath+"/data/ip",schemaPath:"components.json#/$defs/AuditEntry/properties/ip/type",keyword:"type",params:{type: schema34.properties.ip.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data5.surface !== undefined){
let data12 = data5.surface;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/data/surface",schemaPath:"components.json#/$defs/AuditEntry/properties/surface/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(((data12 === "rest") || (data12 === "graphql")) || (data12 === "websocket"))){
const err36 = {instancePath:instancePath+"/data/surface",schemaPath:"components.json#/$defs/AuditEntry/properties/surface/enum",keyword:"enum",params:{allowedValues: schema34.properties.surface.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data5.operation !== undefined){
if(typeof data5.operation !== "string"){
const err37 = {instancePath:instancePath+"/data/operation",schemaPath:"components.json#/$defs/AuditEntry/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data5.target !== undefined){
let data14 = data5.target;
if((typeof data14 !== "string") && (data14 !== null)){
const err38 = {instancePath:instancePath+"/data/target",schemaPath:"components.json#/$defs/AuditEntry/properties/target/type",keyword:"type",params:{type: schema34.properties.target.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data5.outcome !== undefined){
let data15 = data5.outcome;
if(typeof data15 !== "string"){
const err39 = {instancePath:instancePath+"/data/outcome",schemaPath:"components.json#/$defs/AuditEntry/properties/outcome/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!(((data15 === "success") || (data15 === "failure")) || (data15 === "denied"))){
const err40 = {instancePath:instancePath+"/data/outcome",schemaPath:"components.json#/$defs/AuditEntry/properties/outcome/enum",keyword:"enum",params:{allowedValues: schema34.properties.outcome.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data5.status !== undefined){
let data16 = data5.status;
if((!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) && (data16 !== null)){
const err41 = {instancePath:instancePath+"/data/status",schemaPath:"components.json#/$defs/AuditEntry/properties/status/type",keyword:"type",params:{type: schema34.properties.status.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data5.requestId !== undefined){
let data17 = data5.requestId;
if((typeof data17 !== "string") && (data17 !== null)){
const err42 = {instancePath:instancePath+"/data/requestId",schemaPath:"components.json#/$defs/AuditEntry/properties/requestId/type",keyword:"type",params:{type: schema34.properties.requestId.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data5.detail !== undefined){
let data18 = data5.detail;
if((typeof data18 !== "string") && (data18 !== null)){
const err43 = {instancePath:instancePath+"/data/detail",schemaPath:"components.json#/$defs/AuditEntry/properties/detail/type",keyword:"type",params:{type: schema34.properties.detail.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/AuditEntry/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const tableModified_message = validate22;
const schema35 = {"$id":"tableModified_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","required":["scn"],"properties":{"message_type":{"const":"table_modified"},"data":{"$ref":"components.json#/$defs/ChangeEvent"}}}]};
const schema37 = {"title":"ChangeEvent","description":"One row change from the change log.","type":"object","required":["table","operation","row_id","row_data","old_row_data","transaction_id","changed_at"],"properties":{"table":{"type":"string"},"operation":{"type":"string","enum":["INSERT","UPDATE","DELETE"]},"row_id":{"type":"string"},"row_data":{"type":["object","null"],"additionalProperties":{"$ref":"components.json#/$defs/SqlValue"},"description":"The row after the change; null for DELETE."},"old_row_data":{"type":["object","null"],"additionalProperties":{"$ref":"components.json#/$defs/SqlValue"},"description":"The row before the change; null for INSERT."},"transaction_id":{"type":["string","null"],"description":"The interactive transaction that made the change, null for autocommit work."},"changed_at":{"type":"string","format":"date-time"}},"additionalProperties":false};
const schema38 = {"title":"SqlValue","description":"A value as the engine returns it: text, number, null, or a BLOB written as {\"$hex\": \"...\"}.","anyOf":[{"type":["string","number","null"]},{"$ref":"components.json#/$defs/Blob"}]};
const schema39 = {"title":"Blob","description":"A BLOB value, hex-encoded.","type":"object","required":["$hex"],"properties":{"$hex":{"type":"string","pattern":"^([0-9a-fA-F]{2})*$"}},"additionalProperties":false};
const pattern4 = new RegExp("^([0-9a-fA-F]{2})*$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(((typeof data !== "string") && (!((typeof data == "number") && (isFinite(data))))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: schema38.anyOf[0].type},message:"must be string,number,null"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.$hex === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/Blob/required",keyword:"required",params:{missingProperty: "$hex"},message:"must have required property '"+"$hex"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "$hex")){
const err2 = {instancePath,schemaPath:"components.json#/$defs/Blob/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$hex !== undefined){
let data0 = data.$hex;
if(typeof data0 === "string"){
if(!pattern4.test(data0)){
const err3 = {instancePath:instancePath+"/$hex",schemaPath:"components.json#/$defs/Blob/properties/%24hex/pattern",keyword:"pattern",params:{pattern: "^([0-9a-fA-F]{2})*$"},message:"must match pattern \""+"^([0-9a-fA-F]{2})*$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/$hex",schemaPath:"components.json#/$defs/Blob/properties/%24hex/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"components.json#/$defs/Blob/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate24.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate24.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.table === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.operation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "operation"},message:"must have required property '"+"operation"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.row_id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_id"},message:"must have required property '"+"row_id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.row_data === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_data"},message:"must have required property '"+"row_data"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.old_row_data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "old_row_data"},message:"must have required property '"+"old_row_data"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.transaction_id === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "transaction_id"},message:"must have required property '"+"transaction_id"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.changed_at === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changed_at"},message:"must have required property '"+"changed_at"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "table") || (key0 === "operation")) || (key0 === "row_id")) || (key0 === "row_data")) || (key0 === "old_row_data")) || (key0 === "transaction_id")) || (key0 === "changed_at"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.table !== undefined){
if(typeof data.table !== "string"){
const err8 = {instancePath:instancePath+"/table",schemaPath:"#/properties/table/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.operation !== undefined){
let data1 = data.operation;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((data1 === "INSERT") || (data1 === "UPDATE")) || (data1 === "DELETE"))){
const err10 = {instancePath:instancePath+"/operation",schemaPath:"#/properties/operation/enum",keyword:"enum",params:{allowedValues: schema37.properties.operation.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.row_id !== undefined){
if(typeof data.row_id !== "string"){
const err11 = {instancePath:instancePath+"/row_id",schemaPath:"#/properties/row_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.row_data !== undefined){
let data3 = data.row_data;
if((!(data3 && typeof data3 == "object" && !Array.isArray(data3))) && (data3 !== null)){
const err12 = {instancePath:instancePath+"/row_data",schemaPath:"#/properties/row_data/type",keyword:"type",params:{type: schema37.properties.row_data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate24(data3[key1], {instancePath:instancePath+"/row_data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
}
if(data.old_row_data !== undefined){
let data5 = data.old_row_data;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
const err13 = {instancePath:instancePath+"/old_row_data",schemaPath:"#/properties/old_row_data/type",keyword:"type",params:{type: schema37.properties.old_row_data.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(validate24(data5[key2], {instancePath:instancePath+"/old_row_data/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data5,parentDataProperty:key2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
}
if(data.transaction_id !== undefined){
let data7 = data.transaction_id;
if((typeof data7 !== "string") && (data7 !== null)){
const err14 = {instancePath:instancePath+"/transaction_id",schemaPath:"#/properties/transaction_id/type",keyword:"type",params:{type: schema37.properties.transaction_id.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.changed_at !== undefined){
let data8 = data.changed_at;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err15 = {instancePath:instancePath+"/changed_at",schemaPath:"#/properties/changed_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/changed_at",schemaPath:"#/properties/changed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="tableModified_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.scn === undefined){
const err11 = {instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.message_type !== undefined){
if("table_modified" !== data.message_type){
const err12 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "table_modified"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate23(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const error_message = validate28;
const schema40 = {"$id":"error_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"error"},"data":{"$ref":"components.json#/$defs/ChannelError"}}}]};
const schema42 = {"title":"ChannelError","type":"object","required":["code","message"],"properties":{"code":{"type":"string","description":"The same codes as problem+json and GraphQL extensions.code.","examples":["VALIDATION_FAILED"]},"message":{"type":"string"},"errors":{"type":"array","items":{"type":"object","required":["pointer","message"],"properties":{"pointer":{"type":"string"},"message":{"type":"string"}},"additionalProperties":false}}},"additionalProperties":false};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="error_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("error" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.code === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.message === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "code") || (key1 === "message")) || (key1 === "errors"))){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err15 = {instancePath:instancePath+"/data/code",schemaPath:"components.json#/$defs/ChannelError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err16 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/ChannelError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.errors !== undefined){
let data8 = data5.errors;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.pointer === undefined){
const err17 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/required",keyword:"required",params:{missingProperty: "pointer"},message:"must have required property '"+"pointer"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9.message === undefined){
const err18 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "pointer") || (key2 === "message"))){
const err19 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data9.pointer !== undefined){
if(typeof data9.pointer !== "string"){
const err20 = {instancePath:instancePath+"/data/errors/" + i0+"/pointer",schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/properties/pointer/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data9.message !== undefined){
if(typeof data9.message !== "string"){
const err21 = {instancePath:instancePath+"/data/errors/" + i0+"/message",schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/data/errors/" + i0,schemaPath:"components.json#/$defs/ChannelError/properties/errors/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/data/errors",schemaPath:"components.json#/$defs/ChannelError/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/ChannelError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const query_message = validate29;
const schema43 = {"$id":"query_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query"},"data":{"$ref":"components.json#/$defs/QueryStreamRequest"}}}]};
const schema45 = {"title":"QueryStreamRequest","type":"object","required":["sql"],"properties":{"query_id":{"type":"string","minLength":1,"maxLength":128,"description":"Chosen by the client to tell its queries apart; the server makes one up when absent."},"sql":{"type":"string","minLength":1,"maxLength":1000000,"description":"One read-only statement."},"params":{"$ref":"components.json#/$defs/SqlParams"},"batch_size":{"type":"integer","minimum":1,"maximum":10000,"default":500,"description":"Rows per query_rows message."}},"additionalProperties":false};
const schema46 = {"title":"SqlParams","description":"Bound parameters: an array for positional ? placeholders (consumed in order across the statements of a script), or an object for named :name, @name or $name placeholders.","oneOf":[{"type":"array","items":{"$ref":"components.json#/$defs/SqlInput"},"maxItems":32766},{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlInput"}}]};
const schema47 = {"title":"SqlInput","description":"A value to store or bind: text, number, null, a BLOB as {\"$hex\": \"...\"}, a boolean (stored as 1 or 0), or any other object or array (stored as JSON text).","type":["string","number","boolean","null","object","array"]};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(Array.isArray(data)){
if(data.length > 32766){
const err0 = {instancePath,schemaPath:"#/oneOf/0/maxItems",keyword:"maxItems",params:{limit: 32766},message:"must NOT have more than 32766 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if((((typeof data0 != "object") && (typeof data0 !== "string")) && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"components.json#/$defs/SqlInput/type",keyword:"type",params:{type: schema47.type},message:"must be string,number,boolean,null,object,array"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var items0 = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data1 = data[key0];
if((((typeof data1 != "object") && (typeof data1 !== "string")) && (!((typeof data1 == "number") && (isFinite(data1))))) && (typeof data1 !== "boolean")){
const err3 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"components.json#/$defs/SqlInput/type",keyword:"type",params:{type: schema47.type},message:"must be string,number,boolean,null,object,array"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
var props0 = true;
}
}
if(!valid0){
const err5 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate31.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate31.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.batch_size === undefined){
data.batch_size = 500;
}
if(data.sql === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sql"},message:"must have required property '"+"sql"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "query_id") || (key0 === "sql")) || (key0 === "params")) || (key0 === "batch_size"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.query_id !== undefined){
let data0 = data.query_id;
if(typeof data0 === "string"){
if(func1(data0) > 128){
const err2 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sql !== undefined){
let data1 = data.sql;
if(typeof data1 === "string"){
if(func1(data1) > 1000000){
const err5 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/maxLength",keyword:"maxLength",params:{limit: 1000000},message:"must NOT have more than 1000000 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/sql",schemaPath:"#/properties/sql/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.params !== undefined){
if(!(validate31(data.params, {instancePath:instancePath+"/params",parentData:data,parentDataProperty:"params",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
let data3 = data.batch_size;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err8 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 10000 || isNaN(data3)){
const err9 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/batch_size",schemaPath:"#/properties/batch_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="query_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate30(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const cancel_message = validate34;
const schema49 = {"$id":"cancel_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"cancel"},"data":{"$ref":"components.json#/$defs/QueryRef"}}}]};
const schema51 = {"title":"QueryRef","type":"object","required":["query_id"],"properties":{"query_id":{"type":"string","minLength":1,"maxLength":128}},"additionalProperties":false};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="cancel_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("cancel" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "cancel"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(key1 === "query_id")){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.query_id !== undefined){
let data6 = data5.query_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryRef/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryStarted_message = validate35;
const schema52 = {"$id":"queryStarted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_started"},"data":{"$ref":"components.json#/$defs/QueryStarted"}}}]};
const schema54 = {"title":"QueryStarted","type":"object","required":["query_id","columns"],"properties":{"query_id":{"type":"string"},"columns":{"type":"array","items":{"$ref":"components.json#/$defs/ResultColumn"}}},"additionalProperties":false};
const schema55 = {"title":"ResultColumn","type":"object","required":["name","type"],"properties":{"name":{"type":"string"},"type":{"type":["string","null"],"description":"Declared type of the source column, null for expressions."},"table":{"type":["string","null"]}},"additionalProperties":false};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.columns === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "query_id") || (key0 === "columns"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.query_id !== undefined){
if(typeof data.query_id !== "string"){
const err3 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.columns !== undefined){
let data1 = data.columns;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.name === undefined){
const err4 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.type === undefined){
const err5 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "name") || (key1 === "type")) || (key1 === "table"))){
const err6 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.name !== undefined){
if(typeof data2.name !== "string"){
const err7 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"components.json#/$defs/ResultColumn/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.type !== undefined){
let data4 = data2.type;
if((typeof data4 !== "string") && (data4 !== null)){
const err8 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"components.json#/$defs/ResultColumn/properties/type/type",keyword:"type",params:{type: schema55.properties.type.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.table !== undefined){
let data5 = data2.table;
if((typeof data5 !== "string") && (data5 !== null)){
const err9 = {instancePath:instancePath+"/columns/" + i0+"/table",schemaPath:"components.json#/$defs/ResultColumn/properties/table/type",keyword:"type",params:{type: schema55.properties.table.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"components.json#/$defs/ResultColumn/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryStarted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_started" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_started"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate36(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryRows_message = validate38;
const schema56 = {"$id":"queryRows_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_rows"},"data":{"$ref":"components.json#/$defs/QueryRows"}}}]};
const schema58 = {"title":"QueryRows","type":"object","required":["query_id","row_index","rows"],"properties":{"query_id":{"type":"string"},"row_index":{"type":"integer","minimum":0,"description":"Index of the first row of this batch in the whole result."},"rows":{"type":"array","items":{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlValue"}}}},"additionalProperties":false};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.query_id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.row_index === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "row_index"},message:"must have required property '"+"row_index"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rows === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "query_id") || (key0 === "row_index")) || (key0 === "rows"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.query_id !== undefined){
if(typeof data.query_id !== "string"){
const err4 = {instancePath:instancePath+"/query_id",schemaPath:"#/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.row_index !== undefined){
let data1 = data.row_index;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/row_index",schemaPath:"#/properties/row_index/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/row_index",schemaPath:"#/properties/row_index/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.rows !== undefined){
let data2 = data.rows;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(validate24(data3[key1], {instancePath:instancePath+"/rows/" + i0+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data3,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/rows/" + i0,schemaPath:"#/properties/rows/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryRows_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_rows" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_rows"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate39(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryProgress_message = validate42;
const schema59 = {"$id":"queryProgress_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_progress"},"data":{"$ref":"components.json#/$defs/QueryProgress"}}}]};
const schema61 = {"title":"QueryProgress","type":"object","required":["query_id","rows_sent","elapsed_ms"],"properties":{"query_id":{"type":"string"},"rows_sent":{"type":"integer","minimum":0},"elapsed_ms":{"type":"number","minimum":0}},"additionalProperties":false};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryProgress_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_progress" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_progress"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.rows_sent === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "rows_sent"},message:"must have required property '"+"rows_sent"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.elapsed_ms === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/required",keyword:"required",params:{missingProperty: "elapsed_ms"},message:"must have required property '"+"elapsed_ms"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "query_id") || (key1 === "rows_sent")) || (key1 === "elapsed_ms"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryProgress/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.rows_sent !== undefined){
let data7 = data5.rows_sent;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryProgress/properties/rows_sent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryProgress/properties/rows_sent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.elapsed_ms !== undefined){
let data8 = data5.elapsed_ms;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryProgress/properties/elapsed_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryProgress/properties/elapsed_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryProgress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryCompleted_message = validate43;
const schema62 = {"$id":"queryCompleted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_completed"},"data":{"$ref":"components.json#/$defs/QueryCompleted"}}}]};
const schema64 = {"title":"QueryCompleted","type":"object","required":["query_id","row_count","elapsed_ms"],"properties":{"query_id":{"type":"string"},"row_count":{"type":"integer","minimum":0},"elapsed_ms":{"type":"number","minimum":0}},"additionalProperties":false};

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryCompleted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_completed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_completed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.row_count === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "row_count"},message:"must have required property '"+"row_count"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.elapsed_ms === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/required",keyword:"required",params:{missingProperty: "elapsed_ms"},message:"must have required property '"+"elapsed_ms"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "query_id") || (key1 === "row_count")) || (key1 === "elapsed_ms"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryCompleted/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.row_count !== undefined){
let data7 = data5.row_count;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err17 = {instancePath:instancePath+"/data/row_count",schemaPath:"components.json#/$defs/QueryCompleted/properties/row_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err18 = {instancePath:instancePath+"/data/row_count",schemaPath:"components.json#/$defs/QueryCompleted/properties/row_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data5.elapsed_ms !== undefined){
let data8 = data5.elapsed_ms;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryCompleted/properties/elapsed_ms/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/elapsed_ms",schemaPath:"components.json#/$defs/QueryCompleted/properties/elapsed_ms/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryCompleted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const queryError_message = validate44;
const schema65 = {"$id":"queryError_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"query_error"},"data":{"$ref":"components.json#/$defs/QueryError"}}}]};
const schema67 = {"title":"QueryError","type":"object","required":["query_id","code","message"],"properties":{"query_id":{"type":"string"},"code":{"type":"string","examples":["SQL_ERROR","CANCELLED","STATEMENT_TIMEOUT"]},"message":{"type":"string"},"rows_sent":{"type":"integer","minimum":0}},"additionalProperties":false};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="queryError_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("query_error" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "query_error"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.query_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "query_id"},message:"must have required property '"+"query_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.code === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.message === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "query_id") || (key1 === "code")) || (key1 === "message")) || (key1 === "rows_sent"))){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.query_id !== undefined){
if(typeof data5.query_id !== "string"){
const err16 = {instancePath:instancePath+"/data/query_id",schemaPath:"components.json#/$defs/QueryError/properties/query_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.code !== undefined){
if(typeof data5.code !== "string"){
const err17 = {instancePath:instancePath+"/data/code",schemaPath:"components.json#/$defs/QueryError/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.message !== undefined){
if(typeof data5.message !== "string"){
const err18 = {instancePath:instancePath+"/data/message",schemaPath:"components.json#/$defs/QueryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.rows_sent !== undefined){
let data9 = data5.rows_sent;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err19 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryError/properties/rows_sent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err20 = {instancePath:instancePath+"/data/rows_sent",schemaPath:"components.json#/$defs/QueryError/properties/rows_sent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/QueryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const subscribe_message = validate45;
const schema68 = {"$id":"subscribe_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"subscribe"},"data":{"$ref":"components.json#/$defs/SubscribeRequest"}}}]};
const schema70 = {"title":"SubscribeRequest","type":"object","required":["channel"],"properties":{"subscription_id":{"type":"string","minLength":1,"maxLength":128,"description":"Chosen by the client; the server makes one up when absent."},"channel":{"type":"string","description":"A channel name: the last part of its dedicated address, e.g. events for /api/v1/ws/events.","examples":["events","query"]},"params":{"type":"object","additionalProperties":{"type":"string"},"description":"What the dedicated address takes as query parameters."}},"additionalProperties":false};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="subscribe_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("subscribe" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "subscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.channel === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "subscription_id") || (key1 === "channel")) || (key1 === "params"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscribeRequest/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscribeRequest/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.params !== undefined){
let data8 = data5.params;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key2 in data8){
if(typeof data8[key2] !== "string"){
const err18 = {instancePath:instancePath+"/data/params/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"components.json#/$defs/SubscribeRequest/properties/params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data/params",schemaPath:"components.json#/$defs/SubscribeRequest/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscribeRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const subscribed_message = validate46;
const schema71 = {"$id":"subscribed_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"subscribed"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};
const schema73 = {"title":"SubscriptionRef","type":"object","required":["subscription_id"],"properties":{"subscription_id":{"type":"string","minLength":1,"maxLength":128},"channel":{"type":"string"}},"additionalProperties":false};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="subscribed_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("subscribed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "subscribed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unsubscribe_message = validate47;
const schema74 = {"$id":"unsubscribe_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"unsubscribe"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="unsubscribe_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("unsubscribe" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "unsubscribe"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const unsubscribed_message = validate48;
const schema77 = {"$id":"unsubscribed_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"unsubscribed"},"data":{"$ref":"components.json#/$defs/SubscriptionRef"}}}]};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="unsubscribed_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("unsubscribed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "unsubscribed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.subscription_id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/required",keyword:"required",params:{missingProperty: "subscription_id"},message:"must have required property '"+"subscription_id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "subscription_id") || (key1 === "channel"))){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.subscription_id !== undefined){
let data6 = data5.subscription_id;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err14 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data6) < 1){
const err15 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/data/subscription_id",schemaPath:"components.json#/$defs/SubscriptionRef/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.channel !== undefined){
if(typeof data5.channel !== "string"){
const err17 = {instancePath:instancePath+"/data/channel",schemaPath:"components.json#/$defs/SubscriptionRef/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/SubscriptionRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainRowInserted_message = validate49;
const schema80 = {"$id":"blockchainRowInserted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_row_inserted"},"data":{"$ref":"components.json#/$defs/BlockchainRowReceipt"}}}]};
const schema82 = {"title":"BlockchainRowReceipt","description":"A row's place in the chain, as inserted.","type":"object","required":["tableName","seq","insertedAt","insertedBy","prevHash","rowHash","data","scn"],"properties":{"tableName":{"type":"string"},"seq":{"type":"integer","minimum":1,"description":"The row's sequence number (its rowid)."},"insertedAt":{"type":"string","format":"date-time"},"insertedBy":{"type":["string","null"],"description":"The user who did it."},"prevHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Hash of the row before (64 zeros for the first)."},"rowHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 over the row's table, sequence number, time, user, previous hash and values."},"data":{"type":"object","additionalProperties":{"$ref":"components.json#/$defs/SqlValue"}},"scn":{"type":["integer","null"],"description":"SCN of the commit."}},"additionalProperties":false};
const pattern5 = new RegExp("^[0-9a-f]{64}$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tableName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.seq === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.insertedAt === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insertedAt"},message:"must have required property '"+"insertedAt"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.insertedBy === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "insertedBy"},message:"must have required property '"+"insertedBy"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.prevHash === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prevHash"},message:"must have required property '"+"prevHash"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.rowHash === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rowHash"},message:"must have required property '"+"rowHash"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.data === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.scn === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "tableName") || (key0 === "seq")) || (key0 === "insertedAt")) || (key0 === "insertedBy")) || (key0 === "prevHash")) || (key0 === "rowHash")) || (key0 === "data")) || (key0 === "scn"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.tableName !== undefined){
if(typeof data.tableName !== "string"){
const err9 = {instancePath:instancePath+"/tableName",schemaPath:"#/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.seq !== undefined){
let data1 = data.seq;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err10 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err11 = {instancePath:instancePath+"/seq",schemaPath:"#/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.insertedAt !== undefined){
let data2 = data.insertedAt;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/insertedAt",schemaPath:"#/properties/insertedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/insertedAt",schemaPath:"#/properties/insertedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.insertedBy !== undefined){
let data3 = data.insertedBy;
if((typeof data3 !== "string") && (data3 !== null)){
const err14 = {instancePath:instancePath+"/insertedBy",schemaPath:"#/properties/insertedBy/type",keyword:"type",params:{type: schema82.properties.insertedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.prevHash !== undefined){
let data4 = data.prevHash;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err15 = {instancePath:instancePath+"/prevHash",schemaPath:"#/properties/prevHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/prevHash",schemaPath:"#/properties/prevHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.rowHash !== undefined){
let data5 = data.rowHash;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err17 = {instancePath:instancePath+"/rowHash",schemaPath:"#/properties/rowHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/rowHash",schemaPath:"#/properties/rowHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.data !== undefined){
let data6 = data.data;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(validate24(data6[key1], {instancePath:instancePath+"/data/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data6,parentDataProperty:key1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.scn !== undefined){
let data8 = data.scn;
if((!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) && (data8 !== null)){
const err20 = {instancePath:instancePath+"/scn",schemaPath:"#/properties/scn/type",keyword:"type",params:{type: schema82.properties.scn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainRowInserted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_row_inserted" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_row_inserted"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate50(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainBlockFinalized_message = validate53;
const schema83 = {"$id":"blockchainBlockFinalized_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_block_finalized"},"data":{"$ref":"components.json#/$defs/BlockchainBlock"}}}]};
const schema85 = {"title":"BlockchainBlock","description":"A finalized block: a range of rows sealed by their Merkle root, chained to the block before.","type":"object","required":["tableName","blockId","firstSeq","lastSeq","rowCount","merkleRoot","prevBlockHash","blockHash","finalizedAt","finalizedBy","purged"],"properties":{"tableName":{"type":"string"},"blockId":{"type":"integer","minimum":1},"firstSeq":{"type":"integer","minimum":1},"lastSeq":{"type":"integer","minimum":1},"rowCount":{"type":"integer","minimum":1},"merkleRoot":{"type":"string","pattern":"^[0-9a-f]{64}$"},"prevBlockHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"Hash of the block before (64 zeros for the first)."},"blockHash":{"type":"string","pattern":"^[0-9a-f]{64}$","description":"SHA-256 over the table, block id, row range, Merkle root, previous block hash and time."},"finalizedAt":{"type":"string","format":"date-time"},"finalizedBy":{"type":["string","null"],"description":"The user who did it."},"purged":{"type":"boolean","description":"Its rows were purged by retention; the header stays so the blocks still link."},"proof":{"$ref":"components.json#/$defs/MerkleProof"}},"additionalProperties":false};
const schema86 = {"title":"MerkleProof","description":"The sibling hashes that take a row hash up to its block's Merkle root. Leaves are SHA-256(0x00 || row hash), inner nodes SHA-256(0x01 || left || right); an odd node moves up as it is.","type":"object","required":["seq","rowHash","steps","merkleRoot"],"properties":{"seq":{"type":"integer","minimum":1},"rowHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"steps":{"type":"array","items":{"type":"object","required":["position","hash"],"properties":{"position":{"type":"string","enum":["left","right"],"description":"Which side the sibling is hashed on."},"hash":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"additionalProperties":false}},"merkleRoot":{"type":"string","pattern":"^[0-9a-f]{64}$"}},"additionalProperties":false};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.tableName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.blockId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blockId"},message:"must have required property '"+"blockId"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.firstSeq === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "firstSeq"},message:"must have required property '"+"firstSeq"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.lastSeq === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "lastSeq"},message:"must have required property '"+"lastSeq"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rowCount === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rowCount"},message:"must have required property '"+"rowCount"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.merkleRoot === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "merkleRoot"},message:"must have required property '"+"merkleRoot"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.prevBlockHash === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prevBlockHash"},message:"must have required property '"+"prevBlockHash"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.blockHash === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "blockHash"},message:"must have required property '"+"blockHash"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.finalizedAt === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "finalizedAt"},message:"must have required property '"+"finalizedAt"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.finalizedBy === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "finalizedBy"},message:"must have required property '"+"finalizedBy"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.purged === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "purged"},message:"must have required property '"+"purged"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema85.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tableName !== undefined){
if(typeof data.tableName !== "string"){
const err12 = {instancePath:instancePath+"/tableName",schemaPath:"#/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.blockId !== undefined){
let data1 = data.blockId;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err13 = {instancePath:instancePath+"/blockId",schemaPath:"#/properties/blockId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err14 = {instancePath:instancePath+"/blockId",schemaPath:"#/properties/blockId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.firstSeq !== undefined){
let data2 = data.firstSeq;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err15 = {instancePath:instancePath+"/firstSeq",schemaPath:"#/properties/firstSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err16 = {instancePath:instancePath+"/firstSeq",schemaPath:"#/properties/firstSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data.lastSeq !== undefined){
let data3 = data.lastSeq;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err17 = {instancePath:instancePath+"/lastSeq",schemaPath:"#/properties/lastSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err18 = {instancePath:instancePath+"/lastSeq",schemaPath:"#/properties/lastSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data.rowCount !== undefined){
let data4 = data.rowCount;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err19 = {instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/rowCount",schemaPath:"#/properties/rowCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data.merkleRoot !== undefined){
let data5 = data.merkleRoot;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err21 = {instancePath:instancePath+"/merkleRoot",schemaPath:"#/properties/merkleRoot/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/merkleRoot",schemaPath:"#/properties/merkleRoot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.prevBlockHash !== undefined){
let data6 = data.prevBlockHash;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err23 = {instancePath:instancePath+"/prevBlockHash",schemaPath:"#/properties/prevBlockHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/prevBlockHash",schemaPath:"#/properties/prevBlockHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.blockHash !== undefined){
let data7 = data.blockHash;
if(typeof data7 === "string"){
if(!pattern5.test(data7)){
const err25 = {instancePath:instancePath+"/blockHash",schemaPath:"#/properties/blockHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/blockHash",schemaPath:"#/properties/blockHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.finalizedAt !== undefined){
let data8 = data.finalizedAt;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err27 = {instancePath:instancePath+"/finalizedAt",schemaPath:"#/properties/finalizedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/finalizedAt",schemaPath:"#/properties/finalizedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.finalizedBy !== undefined){
let data9 = data.finalizedBy;
if((typeof data9 !== "string") && (data9 !== null)){
const err29 = {instancePath:instancePath+"/finalizedBy",schemaPath:"#/properties/finalizedBy/type",keyword:"type",params:{type: schema85.properties.finalizedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.purged !== undefined){
if(typeof data.purged !== "boolean"){
const err30 = {instancePath:instancePath+"/purged",schemaPath:"#/properties/purged/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.proof !== undefined){
let data11 = data.proof;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.seq === undefined){
const err31 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data11.rowHash === undefined){
const err32 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "rowHash"},message:"must have required property '"+"rowHash"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data11.steps === undefined){
const err33 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data11.merkleRoot === undefined){
const err34 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/required",keyword:"required",params:{missingProperty: "merkleRoot"},message:"must have required property '"+"merkleRoot"+"'"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key1 in data11){
if(!((((key1 === "seq") || (key1 === "rowHash")) || (key1 === "steps")) || (key1 === "merkleRoot"))){
const err35 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.seq !== undefined){
let data12 = data11.seq;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err36 = {instancePath:instancePath+"/proof/seq",schemaPath:"components.json#/$defs/MerkleProof/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 1 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/proof/seq",schemaPath:"components.json#/$defs/MerkleProof/properties/seq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data11.rowHash !== undefined){
let data13 = data11.rowHash;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err38 = {instancePath:instancePath+"/proof/rowHash",schemaPath:"components.json#/$defs/MerkleProof/properties/rowHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/proof/rowHash",schemaPath:"components.json#/$defs/MerkleProof/properties/rowHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.steps !== undefined){
let data14 = data11.steps;
if(Array.isArray(data14)){
const len0 = data14.length;
for(let i0=0; i0<len0; i0++){
let data15 = data14[i0];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.position === undefined){
const err40 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data15.hash === undefined){
const err41 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/required",keyword:"required",params:{missingProperty: "hash"},message:"must have required property '"+"hash"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key2 in data15){
if(!((key2 === "position") || (key2 === "hash"))){
const err42 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.position !== undefined){
let data16 = data15.position;
if(typeof data16 !== "string"){
const err43 = {instancePath:instancePath+"/proof/steps/" + i0+"/position",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/position/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!((data16 === "left") || (data16 === "right"))){
const err44 = {instancePath:instancePath+"/proof/steps/" + i0+"/position",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/position/enum",keyword:"enum",params:{allowedValues: schema86.properties.steps.items.properties.position.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data15.hash !== undefined){
let data17 = data15.hash;
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err45 = {instancePath:instancePath+"/proof/steps/" + i0+"/hash",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/hash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/proof/steps/" + i0+"/hash",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/properties/hash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/proof/steps/" + i0,schemaPath:"components.json#/$defs/MerkleProof/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/proof/steps",schemaPath:"components.json#/$defs/MerkleProof/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data11.merkleRoot !== undefined){
let data18 = data11.merkleRoot;
if(typeof data18 === "string"){
if(!pattern5.test(data18)){
const err49 = {instancePath:instancePath+"/proof/merkleRoot",schemaPath:"components.json#/$defs/MerkleProof/properties/merkleRoot/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/proof/merkleRoot",schemaPath:"components.json#/$defs/MerkleProof/properties/merkleRoot/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/proof",schemaPath:"components.json#/$defs/MerkleProof/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainBlockFinalized_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_block_finalized" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_block_finalized"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
if(!(validate54(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainVerificationCompleted_message = validate56;
const schema87 = {"$id":"blockchainVerificationCompleted_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_verification_completed"},"data":{"$ref":"components.json#/$defs/BlockchainVerification"}}}]};
const schema89 = {"title":"BlockchainVerification","description":"The outcome of recomputing a blockchain table from what is stored.","type":"object","required":["tableName","valid","rowsChecked","blocksChecked","firstBrokenRow","firstBrokenBlock","headSeq","headHash","verifiedAt","elapsedMs"],"properties":{"tableName":{"type":"string"},"valid":{"type":"boolean"},"rowsChecked":{"type":"integer","minimum":0},"blocksChecked":{"type":"integer","minimum":0},"firstBrokenRow":{"oneOf":[{"type":"null"},{"type":"object","required":["seq","problem","detail"],"properties":{"seq":{"type":"integer"},"problem":{"type":"string","enum":["modified","deleted","inserted","reordered"]},"detail":{"type":"string"}},"additionalProperties":false}]},"firstBrokenBlock":{"oneOf":[{"type":"null"},{"type":"object","required":["blockId","problem","detail"],"properties":{"blockId":{"type":"integer"},"problem":{"type":"string","enum":["merkle_root_mismatch","block_hash_mismatch","broken_link","range_mismatch"]},"detail":{"type":"string"}},"additionalProperties":false}]},"headSeq":{"type":"integer","minimum":0},"headHash":{"type":"string","pattern":"^[0-9a-f]{64}$"},"verifiedAt":{"type":"string","format":"date-time"},"elapsedMs":{"type":"number","minimum":0}},"additionalProperties":false};

function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainVerificationCompleted_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_verification_completed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_verification_completed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.tableName === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.valid === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "valid"},message:"must have required property '"+"valid"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.rowsChecked === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "rowsChecked"},message:"must have required property '"+"rowsChecked"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.blocksChecked === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "blocksChecked"},message:"must have required property '"+"blocksChecked"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.firstBrokenRow === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "firstBrokenRow"},message:"must have required property '"+"firstBrokenRow"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.firstBrokenBlock === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "firstBrokenBlock"},message:"must have required property '"+"firstBrokenBlock"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.headSeq === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "headSeq"},message:"must have required property '"+"headSeq"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data5.headHash === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "headHash"},message:"must have required property '"+"headHash"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.verifiedAt === undefined){
const err20 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "verifiedAt"},message:"must have required property '"+"verifiedAt"+"'"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data5.elapsedMs === undefined){
const err21 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/required",keyword:"required",params:{missingProperty: "elapsedMs"},message:"must have required property '"+"elapsedMs"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data5){
if(!(func3.call(schema89.properties, key1))){
const err22 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.tableName !== undefined){
if(typeof data5.tableName !== "string"){
const err23 = {instancePath:instancePath+"/data/tableName",schemaPath:"components.json#/$defs/BlockchainVerification/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.valid !== undefined){
if(typeof data5.valid !== "boolean"){
const err24 = {instancePath:instancePath+"/data/valid",schemaPath:"components.json#/$defs/BlockchainVerification/properties/valid/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.rowsChecked !== undefined){
let data8 = data5.rowsChecked;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/data/rowsChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/rowsChecked/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/data/rowsChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/rowsChecked/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data5.blocksChecked !== undefined){
let data9 = data5.blocksChecked;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err27 = {instancePath:instancePath+"/data/blocksChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/blocksChecked/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err28 = {instancePath:instancePath+"/data/blocksChecked",schemaPath:"components.json#/$defs/BlockchainVerification/properties/blocksChecked/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
if(data5.firstBrokenRow !== undefined){
let data10 = data5.firstBrokenRow;
const _errs28 = errors;
let valid6 = false;
let passing0 = null;
const _errs29 = errors;
if(data10 !== null){
const err29 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs29 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
}
const _errs31 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.seq === undefined){
const err30 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/required",keyword:"required",params:{missingProperty: "seq"},message:"must have required property '"+"seq"+"'"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.problem === undefined){
const err31 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10.detail === undefined){
const err32 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key2 in data10){
if(!(((key2 === "seq") || (key2 === "problem")) || (key2 === "detail"))){
const err33 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.seq !== undefined){
let data11 = data10.seq;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err34 = {instancePath:instancePath+"/data/firstBrokenRow/seq",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/seq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.problem !== undefined){
let data12 = data10.problem;
if(typeof data12 !== "string"){
const err35 = {instancePath:instancePath+"/data/firstBrokenRow/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!((((data12 === "modified") || (data12 === "deleted")) || (data12 === "inserted")) || (data12 === "reordered"))){
const err36 = {instancePath:instancePath+"/data/firstBrokenRow/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/problem/enum",keyword:"enum",params:{allowedValues: schema89.properties.firstBrokenRow.oneOf[1].properties.problem.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data10.detail !== undefined){
if(typeof data10.detail !== "string"){
const err37 = {instancePath:instancePath+"/data/firstBrokenRow/detail",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
}
}
if(!valid6){
const err39 = {instancePath:instancePath+"/data/firstBrokenRow",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenRow/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
if(data5.firstBrokenBlock !== undefined){
let data14 = data5.firstBrokenBlock;
const _errs41 = errors;
let valid8 = false;
let passing1 = null;
const _errs42 = errors;
if(data14 !== null){
const err40 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid1 = _errs42 === errors;
if(_valid1){
valid8 = true;
passing1 = 0;
}
const _errs44 = errors;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.blockId === undefined){
const err41 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/required",keyword:"required",params:{missingProperty: "blockId"},message:"must have required property '"+"blockId"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data14.problem === undefined){
const err42 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data14.detail === undefined){
const err43 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/required",keyword:"required",params:{missingProperty: "detail"},message:"must have required property '"+"detail"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key3 in data14){
if(!(((key3 === "blockId") || (key3 === "problem")) || (key3 === "detail"))){
const err44 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data14.blockId !== undefined){
let data15 = data14.blockId;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err45 = {instancePath:instancePath+"/data/firstBrokenBlock/blockId",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/blockId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data14.problem !== undefined){
let data16 = data14.problem;
if(typeof data16 !== "string"){
const err46 = {instancePath:instancePath+"/data/firstBrokenBlock/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!((((data16 === "merkle_root_mismatch") || (data16 === "block_hash_mismatch")) || (data16 === "broken_link")) || (data16 === "range_mismatch"))){
const err47 = {instancePath:instancePath+"/data/firstBrokenBlock/problem",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/problem/enum",keyword:"enum",params:{allowedValues: schema89.properties.firstBrokenBlock.oneOf[1].properties.problem.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data14.detail !== undefined){
if(typeof data14.detail !== "string"){
const err48 = {instancePath:instancePath+"/data/firstBrokenBlock/detail",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
var _valid1 = _errs44 === errors;
if(_valid1 && valid8){
valid8 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid8 = true;
passing1 = 1;
}
}
if(!valid8){
const err50 = {instancePath:instancePath+"/data/firstBrokenBlock",schemaPath:"components.json#/$defs/BlockchainVerification/properties/firstBrokenBlock/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data5.headSeq !== undefined){
let data18 = data5.headSeq;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err51 = {instancePath:instancePath+"/data/headSeq",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err52 = {instancePath:instancePath+"/data/headSeq",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
if(data5.headHash !== undefined){
let data19 = data5.headHash;
if(typeof data19 === "string"){
if(!pattern5.test(data19)){
const err53 = {instancePath:instancePath+"/data/headHash",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headHash/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/data/headHash",schemaPath:"components.json#/$defs/BlockchainVerification/properties/headHash/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data5.verifiedAt !== undefined){
let data20 = data5.verifiedAt;
if(typeof data20 === "string"){
if(!(formats0.validate(data20))){
const err55 = {instancePath:instancePath+"/data/verifiedAt",schemaPath:"components.json#/$defs/BlockchainVerification/properties/verifiedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/data/verifiedAt",schemaPath:"components.json#/$defs/BlockchainVerification/properties/verifiedAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data5.elapsedMs !== undefined){
let data21 = data5.elapsedMs;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
const err57 = {instancePath:instancePath+"/data/elapsedMs",schemaPath:"components.json#/$defs/BlockchainVerification/properties/elapsedMs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/data/elapsedMs",schemaPath:"components.json#/$defs/BlockchainVerification/properties/elapsedMs/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainVerification/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainBlocksPurged_message = validate57;
const schema90 = {"$id":"blockchainBlocksPurged_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_blocks_purged"},"data":{"$ref":"components.json#/$defs/BlockchainPurgeResult"}}}]};
const schema92 = {"title":"BlockchainPurgeResult","description":"What a retention purge removed.","type":"object","required":["tableName","blocksPurged","rowsPurged","purgedThroughSeq","scn"],"properties":{"tableName":{"type":"string"},"blocksPurged":{"type":"integer","minimum":0},"rowsPurged":{"type":"integer","minimum":0},"purgedThroughSeq":{"type":"integer","minimum":0},"scn":{"type":["integer","null"]}},"additionalProperties":false};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainBlocksPurged_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_blocks_purged" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_blocks_purged"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.tableName === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.blocksPurged === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "blocksPurged"},message:"must have required property '"+"blocksPurged"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.rowsPurged === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "rowsPurged"},message:"must have required property '"+"rowsPurged"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.purgedThroughSeq === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "purgedThroughSeq"},message:"must have required property '"+"purgedThroughSeq"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.scn === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/required",keyword:"required",params:{missingProperty: "scn"},message:"must have required property '"+"scn"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data5){
if(!(((((key1 === "tableName") || (key1 === "blocksPurged")) || (key1 === "rowsPurged")) || (key1 === "purgedThroughSeq")) || (key1 === "scn"))){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.tableName !== undefined){
if(typeof data5.tableName !== "string"){
const err18 = {instancePath:instancePath+"/data/tableName",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.blocksPurged !== undefined){
let data7 = data5.blocksPurged;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/data/blocksPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/blocksPurged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/data/blocksPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/blocksPurged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data5.rowsPurged !== undefined){
let data8 = data5.rowsPurged;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err21 = {instancePath:instancePath+"/data/rowsPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/rowsPurged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/data/rowsPurged",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/rowsPurged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data5.purgedThroughSeq !== undefined){
let data9 = data5.purgedThroughSeq;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/data/purgedThroughSeq",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/purgedThroughSeq/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/data/purgedThroughSeq",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/purgedThroughSeq/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data5.scn !== undefined){
let data10 = data5.scn;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err25 = {instancePath:instancePath+"/data/scn",schemaPath:"components.json#/$defs/BlockchainPurgeResult/properties/scn/type",keyword:"type",params:{type: schema92.properties.scn.type},message:"must be integer,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/BlockchainPurgeResult/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const blockchainLegalHoldChanged_message = validate58;
const schema93 = {"$id":"blockchainLegalHoldChanged_message.json","allOf":[{"$ref":"components.json#/$defs/WsEnvelope"},{"type":"object","properties":{"message_type":{"const":"blockchain_legal_hold_changed"},"data":{"$ref":"components.json#/$defs/LegalHold"}}}]};
const schema95 = {"title":"LegalHold","description":"A legal hold: while active, nothing of the table may be purged.","type":"object","required":["id","tableName","reason","createdAt","createdBy","releasedAt","releasedBy"],"properties":{"id":{"type":"string"},"tableName":{"type":"string"},"reason":{"type":"string"},"createdAt":{"type":"string","format":"date-time"},"createdBy":{"type":["string","null"],"description":"The user who did it."},"releasedAt":{"type":["string","null"],"format":"date-time","description":"Null while the hold is active."},"releasedBy":{"type":["string","null"],"description":"The user who did it."}},"additionalProperties":false};

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="blockchainLegalHoldChanged_message.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type === undefined){
const err0 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "message_type"},message:"must have required property '"+"message_type"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data === undefined){
const err1 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "message_type") || (key0 === "data")) || (key0 === "timestamp")) || (key0 === "scn")) || (key0 === "subscription_id"))){
const err2 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.message_type !== undefined){
if(typeof data.message_type !== "string"){
const err3 = {instancePath:instancePath+"/message_type",schemaPath:"components.json#/$defs/WsEnvelope/properties/message_type/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(!((typeof data1 == "number") && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/timestamp",schemaPath:"components.json#/$defs/WsEnvelope/properties/timestamp/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.scn !== undefined){
let data2 = data.scn;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/scn",schemaPath:"components.json#/$defs/WsEnvelope/properties/scn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.subscription_id !== undefined){
let data3 = data.subscription_id;
if(typeof data3 === "string"){
if(func1(data3) > 128){
const err7 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data3) < 1){
const err8 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/subscription_id",schemaPath:"components.json#/$defs/WsEnvelope/properties/subscription_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"components.json#/$defs/WsEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.message_type !== undefined){
if("blockchain_legal_hold_changed" !== data.message_type){
const err11 = {instancePath:instancePath+"/message_type",schemaPath:"#/allOf/1/properties/message_type/const",keyword:"const",params:{allowedValue: "blockchain_legal_hold_changed"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.data !== undefined){
let data5 = data.data;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.tableName === undefined){
const err13 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "tableName"},message:"must have required property '"+"tableName"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.reason === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.createdAt === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "createdAt"},message:"must have required property '"+"createdAt"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.createdBy === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "createdBy"},message:"must have required property '"+"createdBy"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.releasedAt === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "releasedAt"},message:"must have required property '"+"releasedAt"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.releasedBy === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/required",keyword:"required",params:{missingProperty: "releasedBy"},message:"must have required property '"+"releasedBy"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!(((((((key1 === "id") || (key1 === "tableName")) || (key1 === "reason")) || (key1 === "createdAt")) || (key1 === "createdBy")) || (key1 === "releasedAt")) || (key1 === "releasedBy"))){
const err19 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
const err20 = {instancePath:instancePath+"/data/id",schemaPath:"components.json#/$defs/LegalHold/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.tableName !== undefined){
if(typeof data5.tableName !== "string"){
const err21 = {instancePath:instancePath+"/data/tableName",schemaPath:"components.json#/$defs/LegalHold/properties/tableName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data5.reason !== undefined){
if(typeof data5.reason !== "string"){
const err22 = {instancePath:instancePath+"/data/reason",schemaPath:"components.json#/$defs/LegalHold/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5.createdAt !== undefined){
let data9 = data5.createdAt;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err23 = {instancePath:instancePath+"/data/createdAt",schemaPath:"components.json#/$defs/LegalHold/properties/createdAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/data/createdAt",schemaPath:"components.json#/$defs/LegalHold/properties/createdAt/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.createdBy !== undefined){
let data10 = data5.createdBy;
if((typeof data10 !== "string") && (data10 !== null)){
const err25 = {instancePath:instancePath+"/data/createdBy",schemaPath:"components.json#/$defs/LegalHold/properties/createdBy/type",keyword:"type",params:{type: schema95.properties.createdBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.releasedAt !== undefined){
let data11 = data5.releasedAt;
if((typeof data11 !== "string") && (data11 !== null)){
const err26 = {instancePath:instancePath+"/data/releasedAt",schemaPath:"components.json#/$defs/LegalHold/properties/releasedAt/type",keyword:"type",params:{type: schema95.properties.releasedAt.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data11 === "string"){
if(!(formats0.validate(data11))){
const err27 = {instancePath:instancePath+"/data/releasedAt",schemaPath:"components.json#/$defs/LegalHold/properties/releasedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data5.releasedBy !== undefined){
let data12 = data5.releasedBy;
if((typeof data12 !== "string") && (data12 !== null)){
const err28 = {instancePath:instancePath+"/data/releasedBy",schemaPath:"components.json#/$defs/LegalHold/properties/releasedBy/type",keyword:"type",params:{type: schema95.properties.releasedBy.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/data",schemaPath:"components.json#/$defs/LegalHold/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
